import { z } from 'astro/zod';

/**
 * One spelling in a name group (an entity's `search` in `content/entities.yaml`): the spellings of
 * one name that search treats as the same word. Pagefind has no synonyms, so the search client
 * expands each query term found here into every variant of its group and runs
 * one search per combination (src/scripts/search/names.ts).
 */
export const Variant = z
	.string()
	.trim()
	.min(1)
	// Letters (any script), with single hyphens, apostrophes or spaces inside: what a reader types for a name.
	.regex(/^\p{L}+(?:[-'’ ]\p{L}+)*$/u, { error: 'a name as written: letters, with single hyphens, apostrophes or spaces between them' });

/**
 * One name group as search reads it: an entity's label and its `search` spellings, which
 * EntitySchema (src/schemas/entity.ts) validates.
 */
export interface NameGroup {
	/** The name as the site would write it in full, e.g. "Kurmanbek Bakiyev"; shown to editors, not used to match. */
	name: string;
	/** The spellings a reader may type, each as written ("Bakiyev", "Bakiev"). */
	variants: string[];
	/** Where each spelling comes from: which text uses it, or that it is the usual form. */
	note: string;
}

/** What the search client loads (`/search-names.json`): the variant lists, nothing else. */
export interface NamesJson {
	groups: string[][];
}
