import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildSiteInto } from '../support/build';

/**
 * A companion of 10 generated articles (bench/generate-corpus.ts): more than the two-article
 * site's one pair, fewer than a library (src/shared/library-plan.ts). Each claim has its page,
 * as on the two-article site; the articles are compared and mapped two at a time, each pair on
 * a page of its own listed at /compare/ and /map/; both orders of each pair are set side by
 * side; the timeline has an entry per publication.
 */
const ARTICLES = 10;
let dist = '';
let error: Error | undefined;
/** Each claim's reference, `<article>/<claim>`, from /claims.json. */
let claims: string[] = [];

const trees = new Map<string, Root>();
const tree = (file: string): Root => {
	let t = trees.get(file);
	if (!t) trees.set(file, (t = fromHtml(readFileSync(join(dist, file), 'utf8'))));
	return t;
};
const hrefs = (selector: string, file: string) => selectAll(selector, tree(file)).map((a) => String(a.properties.href));
const fileFor = (path: string) => {
	const file = `${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
	return existsSync(join(dist, file)) ? file : undefined;
};
const pagesUnder = (folder: string) =>
	readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name === 'index.html')
		.map((e) => `/${relative(dist, e.parentPath)}/`);

beforeAll(async () => {
	const corpus = generateCorpus({ articles: ARTICLES });
	// Vitest sets process.env.DEV and PROD, which the built pages read as import.meta.env: set as `astro build` has them.
	const built = await buildSiteInto(corpus.dir, { PROD: 'true', DEV: '' });
	dist = built.outDir;
	error = built.error;
	const json = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { claims: { id: string }[] };
	claims = json.claims.map((c) => c.id);
}, 180_000);

describe(`a companion of ${ARTICLES} generated articles`, () => {
	it('builds', () => {
		expect(error?.message).toBeUndefined();
		expect(readdirSync(join(dist, 'articles'))).toHaveLength(ARTICLES);
	});

	it('gives every claim a page of its own, and no article a claims page', () => {
		expect(claims.length).toBeGreaterThan(ARTICLES * 5);
		expect(claims.filter((ref) => !fileFor(`/claims/${ref}/`))).toEqual([]);
		expect(readdirSync(join(dist, 'articles')).filter((a) => existsSync(join(dist, 'articles', a, 'claims')))).toEqual([]);
	});

	it('compares the articles two at a time: /compare/ lists the pairs, each on a page of its own in two columns', () => {
		const listed = hrefs('main ol.cmp-pair-list a', 'compare/index.html');
		expect(listed.length).toBeGreaterThan(ARTICLES / 2);
		expect(listed.sort()).toEqual(
			pagesUnder('compare')
				.filter((p) => p !== '/compare/')
				.sort(),
		);
		for (const pair of listed) {
			const [, , a, b] = pair.split('/');
			const heads = selectAll('ol.cmp-heads > li cite a', tree(fileFor(pair) ?? '')).map((e) => String(e.properties.href));
			expect(heads, pair).toEqual([`/articles/${a}/`, `/articles/${b}/`]);
		}
	});

	it('maps the same pairs, each on a page of its own listed at /map/', () => {
		const listed = hrefs('main ol.cmp-pair-list a', 'map/index.html');
		expect(listed.map((p) => p.replace('/map/', '/compare/')).sort()).toEqual(
			hrefs('main ol.cmp-pair-list a', 'compare/index.html').sort(),
		);
		expect(listed.filter((p) => !fileFor(p))).toEqual([]);
	});

	it('sets each related pair side by side in both orders', () => {
		const read = pagesUnder('read');
		expect(read.length).toBeGreaterThan(ARTICLES / 2);
		expect(read.filter((p) => !read.includes(p.replace(/^\/read\/([^/]+)\/([^/]+)\/$/, '/read/$2/$1/')))).toEqual([]);
	});

	it('gives the timeline an entry per publication, and no page per year', () => {
		const entries = selectAll('li.tl-pub[id^="pub-"]', tree('timeline/index.html')).map((li) => String(li.properties.id).slice(4));
		expect(entries.sort()).toEqual(readdirSync(join(dist, 'articles')).sort());
		expect(readdirSync(join(dist, 'timeline')).filter((d) => /^\d{4}$/.test(d))).toEqual([]);
	});

	it('lists every analysis on the home page and in the feed, and names their authors where the claims index introduces them', () => {
		expect(selectAll('ul.cards li.card', tree('index.html'))).toHaveLength(ARTICLES);
		expect(toString(tree('index.html'))).not.toContain('The newest');
		const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(readFileSync(join(dist, 'feed.xml'), 'utf8')) as {
			feed: { entry: unknown[] };
		};
		expect(feed.feed.entry).toHaveLength(ARTICLES);
		const authors = (
			JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { articles: { author: { name: string } }[] }
		).articles.map((a) => a.author.name);
		const lede = toString(select('p.cl-lede', tree('claims/index.html')) ?? tree('claims/index.html'));
		expect(authors.filter((a) => !lede.includes(a))).toEqual([]);
	});

	it('lists every page but the 404 and offline pages in its sitemap, and no other', () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dist, e.parentPath).startsWith('pagefind'))
			.map((e) => `/${relative(dist, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1')}`)
			// The offline page (what the service worker answers for a page not saved) is, like the 404 page, not listed.
			.filter((p) => p !== '/404.html' && p !== '/offline/')
			.sort();
		const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(dist, 'sitemap.xml'), 'utf8')) as {
			urlset: { url: { loc: string }[] };
		};
		expect(sitemap.urlset.url.map((u) => new URL(u.loc).pathname).sort()).toEqual(pages);
	});
});
