import { z } from 'astro/zod';
import { foldName } from '../shared/fold-name';

/**
 * One name group (an entity's `search` in `content/entities.yaml`): the spellings of one name that search
 * treats as the same word. Pagefind has no synonyms, so the search client
 * expands each query term found here into every variant of its group and runs
 * one search per combination (src/scripts/search-names.ts).
 */
export const Variant = z
	.string()
	.trim()
	.min(1)
	// Letters (any script), with single hyphens, apostrophes or spaces inside: what a reader types for a name.
	.regex(/^\p{L}+(?:[-'’ ]\p{L}+)*$/u, { error: 'a name as written: letters, with single hyphens, apostrophes or spaces between them' });

export const NameGroupSchema = z
	.strictObject({
		/** The name as the site would write it in full, e.g. "Kurmanbek Bakiyev"; shown to editors, not used to match. */
		name: z.string().trim().min(1),
		/**
		 * The spellings a reader may type, each as written ("Bakiyev", "Bakiev"; "Ki Moon" may have a
		 * space). At least two, and no two the same once case and diacritics are ignored (search
		 * already ignores those).
		 */
		variants: z.array(Variant).min(2),
		/** Where each spelling comes from: which text uses it, or that it is the usual form. */
		note: z.string().trim().min(1),
	})
	.refine((g) => new Set(g.variants.map(foldName)).size === g.variants.length, {
		error: 'variants that differ by more than case or diacritics (search already ignores those)',
		path: ['variants'],
	});

export const NamesSchema = z.array(NameGroupSchema).min(1);
export type NameGroup = z.infer<typeof NameGroupSchema>;

/** What the search client loads (`/search-names.json`): the variant lists, nothing else. */
export interface NamesJson {
	groups: string[][];
}
