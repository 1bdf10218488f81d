import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseWithFriendlyErrors } from '../lib/errors';
import { foldName } from '../scripts/search-names';

/**
 * One entry of `content/names.yaml`: the spellings of one name that search
 * treats as the same word. Pagefind has no synonyms, so the search client
 * expands each query term found here into every variant of its group and runs
 * one search per combination (src/scripts/search-names.ts).
 */
const Variant = z
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

/** Reads and validates `contentDir/names.yaml`; a variant may belong to one group only. */
export function readNames(contentDir: string, root = process.cwd()): NameGroup[] {
	const path = join(contentDir, 'names.yaml');
	const file = relative(root, path);
	// A fixture site without the file simply has no name variants.
	if (!existsSync(path)) return [];
	const groups = parseWithFriendlyErrors(NamesSchema, parseYaml(readFileSync(path, 'utf8')), file);
	const seen = new Map<string, string>();
	const problems = [];
	for (const group of groups) {
		for (const variant of group.variants) {
			const key = foldName(variant);
			const other = seen.get(key);
			if (other !== undefined && other !== group.name) {
				problems.push({
					file,
					at: `${group.name} › variants`,
					expected: 'each spelling in one group only',
					found: `"${variant}", also a variant of ${other}`,
					hint: 'merge the two groups, or remove the spelling from one of them',
				});
			}
			seen.set(key, group.name);
		}
	}
	if (problems.length) throw new ContentError(problems);
	return groups;
}
