import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './site';

/**
 * What Pagefind indexed of the reading pages: the authors' words, without what
 * the site adds inside the text (paragraph numbers, [sic] marks, claim notes),
 * kept out by `excludeSelectors` (src/shared/search-excluded.ts) and
 * no longer by attributes on every paragraph.
 */
interface Fragment {
	url: string;
	content: string;
}

function fragments(bundle = 'pagefind'): Fragment[] {
	const dir = join(DIST, bundle, 'fragment');
	// A fragment is gzipped JSON behind Pagefind's 12-byte signature.
	return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').slice('pagefind_dcd'.length)) as Fragment);
}

describe('search index', () => {
	const reading = fragments();

	it('passages: both reading pages, and nothing else', () => {
		expect(reading.map((f) => f.url).sort()).toEqual(['/articles/blank-2010/', '/articles/mcdermott-2009/']);
	});

	it('deploys only what the search fetches: no Pagefind UI, no second script or WebAssembly for the merged claims', () => {
		expect(readdirSync(join(DIST, 'pagefind')).filter((f) => /\.(js|css)$/.test(f)).sort()).toEqual(['pagefind-highlight.js', 'pagefind-worker.js', 'pagefind.js']);
		expect(readdirSync(join(DIST, 'pagefind', 'claims')).filter((f) => !/\.pf_meta$/.test(f)).sort()).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json']);
	});

	it('claims, in their own bundle: every claim page, and nothing else', () => {
		const { claims } = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as { claims: { id: string }[] };
		const urls = fragments(join('pagefind', 'claims')).map((f) => f.url);
		expect(claims.length).toBeGreaterThan(50);
		// A claim's id is `article/claim`, its page /claims/article/claim/.
		expect(urls.sort()).toEqual(claims.map((c) => `/claims/${c.id}/`).sort());
	});

	for (const url of ['/articles/mcdermott-2009/', '/articles/blank-2010/']) {
		it(`${url}: the text without claim notes or [sic] marks`, () => {
			const { content } = reading.find((f) => f.url === url) ?? { content: '' };
			expect(content.length).toBeGreaterThan(4_000);
			for (const added of ['Claim page', 'Topics:', 'Agrees with', 'Has its outcome reported by', '[sic']) expect(content).not.toContain(added);
		});
	}

	it('McDermott’s paragraphs without their numbers', () => {
		const { content } = reading.find((f) => f.url === '/articles/mcdermott-2009/') ?? { content: '' };
		// ¶ 1 ends and ¶ 2 begins as the text has them; a number would stand between them.
		expect(content).toContain('circulated by other Russian news agencies. The Collective Security Treaty Organization');
	});
});
