import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every package the source and the tests import is one package.json names:
 * one that is only there as another's dependency may be gone from a fresh
 * install, or move to a version nobody chose.
 */

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

function files(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
		.filter((f) => f.isFile() && /\.(ts|mts|astro)$/.test(f.name))
		.map((f) => join(f.parentPath, f.name));
}

/** The package a bare import names (`@scope/name` or `name`), or undefined for a path, a builtin or a virtual module. */
function packageOf(spec: string): string | undefined {
	if (/^(\.|\/|node:|astro:|virtual:|~)/.test(spec) || builtinModules.includes(spec)) return undefined;
	const parts = spec.split('/');
	return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('imported packages', () => {
	for (const dir of ['src', 'tests']) {
		it(`every package imported under ${dir}/ is declared in package.json`, () => {
			const missing = new Set<string>();
			for (const file of files(dir)) {
				for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
					const name = spec && packageOf(spec);
					// A types-only package (hast, mdast) is there through its @types/ package.
					const types = `@types/${name?.replace(/^@(.*)\//, '$1__')}`;
					if (name && !declared.has(name) && !declared.has(types)) missing.add(`${name} (${file.slice(root.length + 1)})`);
				}
			}
			expect([...missing]).toEqual([]);
		});
	}
});
