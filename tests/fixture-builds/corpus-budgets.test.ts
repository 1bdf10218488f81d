import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildSiteInto } from '../support/build';

/**
 * A library of 50 generated articles (bench/generate-corpus.ts), built as the
 * site would be: every HTML page within the bench's page budget, and every
 * permalink a reader may have kept from the site as it was (claim pages, their
 * marks, the per-claim citation files since moved) still answered, by a file or
 * by a `_redirects` rule to one. The manifest is written from the corpus's own
 * claims, as `UPDATE_PERMALINKS=1` would have recorded them before the move.
 */
const ARTICLES = 50;
let dist = '';
let manifest: string[] = [];
let error: Error | undefined;

/** The file a static host serves for a path: `/a/` → `a/index.html`. */
const fileFor = (path: string): string | undefined => {
	const clean = path.replace(/^\//, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean];
	return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
};

beforeAll(async () => {
	const corpus = generateCorpus({ articles: ARTICLES });
	const refs = readdirSync(join(corpus.dir, 'articles'))
		.filter((f) => f.endsWith('.md'))
		.flatMap((f) => {
			const article = f.slice(0, -3);
			const ids = [...readFileSync(join(corpus.dir, 'articles', f), 'utf8').matchAll(/^ {2}- id: "?([a-z0-9-]+)"?$/gm)].map((m) => m[1]);
			return ids.map((claim) => ({ article, claim }));
		});
	manifest = [
		'/claims/',
		'/compare/',
		'/claims.json',
		'/annotations.jsonld',
		...refs.flatMap(({ article, claim }) => [
			`/articles/${article}/#claim-${claim}`,
			`/claims/${article}/${claim}/`,
			...['bib', 'ris', 'json'].map((ext) => `/cite/${article}/${claim}.${ext}`),
		]),
	];
	writeFileSync(join(corpus.dir, 'permalinks.txt'), `${manifest.join('\n')}\n`);
	const built = await buildSiteInto(corpus.dir);
	dist = built.outDir;
	error = built.error;
}, 180_000);

describe(`a generated library of ${ARTICLES} articles`, () => {
	it('builds, its permalink check passing', () => {
		expect(error?.message).toBeUndefined();
		expect(manifest.length).toBeGreaterThan(ARTICLES * 10);
	});

	it(`has no HTML page over ${BUDGETS.pageBytes / 1024} KiB`, () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => ({ path: relative(dist, join(e.parentPath, e.name)), bytes: statSync(join(e.parentPath, e.name)).size }));
		expect(pages.length).toBeGreaterThan(ARTICLES * 15);
		expect(pages.filter((p) => p.bytes > BUDGETS.pageBytes)).toEqual([]);
		// The lists it splits are there: more than one page of claims, a comparison and a map per pair.
		expect(fileFor('/claims/2/')).toBeDefined();
		expect(pages.some((p) => /^compare\/[^/]+\/[^/]+\/index\.html$/.test(p.path))).toBe(true);
		expect(pages.some((p) => /^map\/[^/]+\/[^/]+\/index\.html$/.test(p.path))).toBe(true);
	});

	it('counts the timeline’s publications by year, each year’s page listing them, every article once', () => {
		const timeline = readFileSync(join(dist, 'timeline', 'index.html'), 'utf8');
		const years = [
			...timeline.matchAll(
				/<li class="tl-pub" id="pubs-(\d{4})">.*?<a href="[^"]*\/timeline\/\1\/">(One|\d+) analys[ie]s published in \1</g,
			),
		];
		expect(years.length).toBeGreaterThan(1);
		expect(timeline).not.toMatch(/id="pub-/);
		const listed = years.flatMap(([, year, count]) => {
			const page = readFileSync(join(dist, 'timeline', year ?? '', 'index.html'), 'utf8');
			const ids = [...page.matchAll(/<li class="tl-pub" id="pub-([^"]+)">/g)].map((m) => m[1]);
			expect(ids.length).toBe(count === 'One' ? 1 : Number(count));
			return ids;
		});
		expect(listed.sort()).toEqual(readdirSync(join(dist, 'articles')).sort());
	});

	it('keeps the feed to the newest analyses, newest first, as the home page orders them', () => {
		const feed = [...readFileSync(join(dist, 'feed.xml'), 'utf8').matchAll(/<entry>.*?<id>[^<]*\/articles\/([^/<]+)\/<\/id>/gs)].map(
			(m) => m[1],
		);
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		const oldestFirst = [
			...(home.match(/<ol class="article-lines">.*?<\/ol>/s)?.[0] ?? '').matchAll(/<a href="[^"]*\/articles\/([^/"]+)\/"/g),
		].map((m) => m[1]);
		expect(oldestFirst.length).toBe(ARTICLES);
		expect(feed.length).toBeGreaterThan(0);
		expect(feed.length).toBeLessThan(ARTICLES);
		expect(feed).toEqual(oldestFirst.slice(-feed.length).reverse());
	});

	it('lists every page but the 404 in its sitemap, and no other', () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => `/${relative(dist, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1')}`)
			.filter((p) => p !== '/404.html' && !p.startsWith('/pagefind/'))
			.sort();
		const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
			.map((m) => new URL(m[1] ?? '').pathname)
			.sort();
		expect(locs).toEqual(pages);
	});

	it('answers every permalink: a file, its anchor, or a _redirects rule to a file', () => {
		const rules = new Map(
			readFileSync(join(dist, '_redirects'), 'utf8')
				.split('\n')
				.filter((l) => l !== '' && !l.startsWith('#'))
				.map((l) => l.split(' ') as [string, string]),
		);
		const unanswered = manifest.filter((url) => {
			const [path = '', hash] = url.split('#');
			const file = fileFor(path) ?? fileFor(rules.get(path) ?? '\0');
			if (!file) return true;
			return hash !== undefined && !readFileSync(join(dist, file), 'utf8').includes(` id="${hash}"`);
		});
		expect(unanswered).toEqual([]);
		expect(rules.size).toBe(manifest.filter((u) => u.startsWith('/cite/')).length);
	});
});
