import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_EXCLUDED } from '../../src/shared/search-excluded';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { graph, readingPaths } from './content';
import { DIST, fileFor, parsePage } from './site';

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
	return readdirSync(dir).map(
		(f) =>
			JSON.parse(
				gunzipSync(readFileSync(join(dir, f)))
					.toString('utf8')
					.slice('pagefind_dcd'.length),
			) as Fragment,
	);
}

describe('search index', () => {
	const reading = fragments();

	it('passages: every reading page, and nothing else', () => {
		expect(reading.map((f) => f.url).sort()).toEqual([...readingPaths].sort());
	});

	it('deploys only what the search fetches: no Pagefind UI, no second script or WebAssembly for the merged claims', () => {
		expect(
			readdirSync(join(DIST, 'pagefind'))
				.filter((f) => /\.(js|css)$/.test(f))
				.sort(),
		).toEqual(['pagefind-worker.js', 'pagefind.js']);
		expect(
			readdirSync(join(DIST, 'pagefind', 'claims'))
				.filter((f) => !/\.pf_meta$/.test(f))
				.sort(),
		).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json']);
	});

	it('claims, in their own bundle: every claim page, and nothing else', () => {
		const { claims } = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as { claims: { id: string }[] };
		const urls = fragments(join('pagefind', 'claims')).map((f) => f.url);
		expect(claims).toHaveLength(graph.claims.length);
		// A claim's id is `article/claim`, its page /claims/article/claim/.
		expect(urls.sort()).toEqual(claims.map((c) => `/claims/${c.id}/`).sort());
	});

	for (const [i, url] of readingPaths.entries()) {
		it(`${url}: the text without claim notes or [sic] marks`, () => {
			const { content } = reading.find((f) => f.url === url) ?? { content: '' };
			// Most of the body's characters: the whole text is indexed, not a part of it.
			expect(content.length).toBeGreaterThan((graph.articles[i]?.body.length ?? Infinity) / 2);
			for (const added of ['Claim page', 'Topics:', 'Agrees with', 'Has its outcome reported by', '[sic'])
				expect(content).not.toContain(added);
		});
	}

	for (const url of readingPaths) {
		it(`${url}: paragraphs indexed without their numbers`, () => {
			const { content } = reading.find((f) => f.url === url) ?? { content: '' };
			const tree = parsePage(fileFor(url) as string);
			const words = (id: string) => {
				const p = select(`#${id}`, tree);
				if (!p) throw new Error(`${url} has no #${id}`);
				for (const added of selectAll(SEARCH_EXCLUDED.join(', '), p)) added.children = [];
				return toString(p).replace(/\s+/g, ' ').trim().split(' ');
			};
			// ¶ 1 ends and ¶ 2 begins as the page has them; a number would stand between them.
			expect(content).toContain(`${words('p-1').slice(-4).join(' ')} ${words('p-2').slice(0, 4).join(' ')}`);
		});
	}
});
