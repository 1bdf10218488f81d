import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { NamesSchema, type NameGroup } from '../schemas/names';
import { ContentError, parseWithFriendlyErrors } from '../shared/errors';
import { foldName } from '../shared/fold-name';

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
