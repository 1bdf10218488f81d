import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSiteInto } from '../support/build';

/** Every file of a folder, by path. */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

/** A file's text, Pagefind's gzipped index files unpacked (a URL could hide in them). */
function textOf(path: string): string {
	const bytes = readFileSync(path);
	return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

describe('a build for a real address', () => {
	it('with SITE=https://example.org names no localhost in any file, and cites its permalinks at that address', async () => {
		const { error, outDir } = await buildSiteInto('./tests/fixtures/sites/unverified-year', { SITE: 'https://example.org' });
		expect(error).toBeUndefined();
		const files = filesOf(outDir);
		expect(files.length).toBeGreaterThan(10);
		const naming = files.filter((f) => /localhost|127\.0\.0\.1/.test(textOf(f)));
		expect(naming).toEqual([]);
		const claims = readFileSync(join(outDir, 'cite', 'gamma-2010.claims.ris'), 'utf8');
		expect(claims).toContain('https://example.org/claims/gamma-2010/little-changes/');
		const article = readFileSync(join(outDir, 'cite', 'gamma-2010.bib'), 'utf8');
		expect([...article.matchAll(/^@online\{/gm)]).toHaveLength(1);
	}, 120_000);
});
