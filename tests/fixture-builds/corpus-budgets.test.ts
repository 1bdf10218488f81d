import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets.ts';
import { readManifest } from '../../src/integrations/permalinks';
import { ensureLargeLibrary, LARGE_ARTICLES, LARGE_DIST, LARGE_LIBRARY, largeLibraryRefs } from '../support/large-library';

/**
 * The library of 50 generated articles (tests/support/large-library.ts), built as the site
 * would be: every HTML page within the bench's page budget, and every permalink a reader may
 * have kept from the site as it was (claim pages, their marks, the per-claim citation files
 * since moved) still answered, by a file or by a `_redirects` rule to one. `npm test` builds it
 * once for these checks and the browser's (tests/playwright.large.config.ts).
 */
const ARTICLES = LARGE_ARTICLES;
const dist = LARGE_DIST;
let manifest: string[] = [];
let refs: { article: string; claim: string }[] = [];
const manifestRefs = () => refs;

/**
 * Where a `_redirects` rule sends `path`, or undefined when it does not match: `:name`
 * placeholders stand for one path segment, as on Netlify and Cloudflare Pages.
 */
const followRule = (from: string, to: string, path: string): string | undefined => {
	const names: string[] = [];
	const pattern = from.replace(/:(\w+)|[^:]+/g, (part, name?: string) => {
		if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		names.push(name);
		return '([^/]+)';
	});
	const match = new RegExp(`^${pattern}$`).exec(path);
	if (!match) return undefined;
	return names.reduce((t, name, i) => t.replaceAll(`:${name}`, match[i + 1] ?? ''), to);
};

/** The file a static host serves for a path: `/a/` → `a/index.html`. */
const fileFor = (path: string): string | undefined => {
	const clean = path.replace(/^\//, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean];
	return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
};

/** A built page (its path under dist/) as a tree, read once. */
const trees = new Map<string, Root>();
const tree = (file: string): Root => {
	let t = trees.get(file);
	if (!t) trees.set(file, (t = fromHtml(readFileSync(join(dist, file), 'utf8'))));
	return t;
};
/** Every id in a built page, read once. */
const ids = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
	let set = ids.get(file);
	if (!set) ids.set(file, (set = new Set(selectAll('[id]', tree(file)).map(attr('id')))));
	return set;
};
const attr = (name: string) => (e: { properties: Record<string, unknown> }) => String(e.properties[name] ?? '');
const hrefs = (selector: string, root: Root) => selectAll(selector, root).map(attr('href'));
const htmlFiles = () =>
	readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dist, e.parentPath).startsWith('pagefind'))
		.map((e) => relative(dist, join(e.parentPath, e.name)));
const xml = new XMLParser({ isArray: (name) => ['entry', 'url'].includes(name) });

beforeAll(() => {
	ensureLargeLibrary();
	refs = largeLibraryRefs();
	manifest = readManifest(join(LARGE_LIBRARY, 'permalinks.txt'));
}, 300_000);

describe(`a generated library of ${ARTICLES} articles`, () => {
	it('builds, its permalink check passing', () => {
		expect(fileFor('/')).toBeDefined();
		expect(manifest.length).toBeGreaterThan(ARTICLES * 10);
	});

	it(`has no HTML page over ${BUDGETS.pageBytes / 1024} KiB`, () => {
		const pages = htmlFiles().map((path) => ({ path, bytes: statSync(join(dist, path)).size }));
		// A page per article, its names, its claims, its pairs, and the lists: the claims have no pages of their own at this size.
		expect(pages.length).toBeGreaterThan(ARTICLES * 8);
		expect(pages.filter((p) => p.bytes > BUDGETS.pageBytes)).toEqual([]);
		// The lists it splits are there: more than one page of claims, a comparison and a map per pair.
		expect(fileFor('/claims/2/')).toBeDefined();
		expect(pages.some((p) => /^compare\/[^/]+\/[^/]+\/index\.html$/.test(p.path))).toBe(true);
		expect(pages.some((p) => /^map\/[^/]+\/[^/]+\/index\.html$/.test(p.path))).toBe(true);
	});

	it('counts the timeline’s publications by year, each year’s page listing them, every article once', () => {
		const timeline = tree('timeline/index.html');
		const years = selectAll('li.tl-pub[id^="pubs-"]', timeline).map((li) => {
			const year = attr('id')(li).slice('pubs-'.length);
			const link = select(`a[href$="/timeline/${year}/"]`, li);
			const count = /^(One|\d+) analys[ie]s published in (\d{4})$/.exec(toString(link ?? li).trim());
			expect(count?.[2], year).toBe(year);
			return { year, count: count?.[1] === 'One' ? 1 : Number(count?.[1]) };
		});
		expect(years.length).toBeGreaterThan(1);
		expect(selectAll('[id^="pub-"]', timeline)).toEqual([]);
		const listed = years.flatMap(({ year, count }) => {
			const ids = selectAll('li.tl-pub[id^="pub-"]', tree(`timeline/${year}/index.html`)).map((li) => attr('id')(li).slice('pub-'.length));
			expect(ids.length, year).toBe(count);
			return ids;
		});
		expect(listed.sort()).toEqual(readdirSync(join(dist, 'articles')).sort());
	});

	it('lists the newest analyses on the home page, with one markup at every size, as the feed does, newest first', () => {
		const articleOf = (href: string) => /\/articles\/([^/]+)\/$/.exec(href)?.[1];
		const feed = xml.parse(readFileSync(join(dist, 'feed.xml'), 'utf8')) as { feed: { entry: { id: string }[] } };
		const entries = feed.feed.entry.map((e) => articleOf(e.id));
		const home = tree('index.html');
		const cards = hrefs('ul.cards li.card h3 a', home).map(articleOf);
		// The newest 30 of 50: the home page says how many it leaves out, and where every one is listed.
		expect(cards.length).toBe(30);
		expect(entries).toEqual([...cards].reverse());
		expect(toString(select('main', home) ?? home)).toContain(`The newest 30 analyses; the timeline lists all ${ARTICLES}`);
		const claimsJson = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { articles: { id: string }[] };
		expect(cards).toEqual(claimsJson.articles.slice(-30).map((a) => a.id));
	});

	it('links each article’s claims page to the comparison and the map of every related pair it is in, each a page that exists', () => {
		let pairs = 0;
		for (const article of new Set(manifestRefs().map((r) => r.article))) {
			const page = tree(fileFor(`/articles/${article}/claims/`) ?? '');
			const linked = hrefs('p.cl-grouped-pairs a[href^="/compare/"], p.cl-grouped-pairs a[href^="/map/"]', page);
			// Every related pair the article is in has a map page; the claims page names them all, and only them.
			const maps = readdirSync(join(dist, 'map'), { recursive: true })
				.map(String)
				.filter((f) => f.endsWith('index.html') && f.split('/').length === 3 && f.split('/').slice(0, 2).includes(article))
				.map((f) => `/map/${f.replace(/index\.html$/, '')}`);
			expect(linked.filter((l) => l.startsWith('/map/')).sort(), article).toEqual(maps.sort());
			for (const l of linked) expect(fileFor(l), `${article} → ${l}`).toBeDefined();
			pairs += maps.length;
		}
		expect(pairs).toBeGreaterThan(ARTICLES);
	});

	it('counts the analyses where the claims lists and search introduce them, naming no author', () => {
		const claimsJson = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { articles: { author: { name: string } }[] };
		const names = new Set(claimsJson.articles.map((a) => a.author.name));
		expect(names.size).toBeGreaterThan(10);
		for (const page of ['claims/index.html', 'claims/2/index.html', 'claims/kind/report/index.html', 'search/index.html']) {
			const root = tree(page);
			const description = attr('content')(select('meta[name="description"]', root) ?? { properties: {} });
			expect(toString(root) + description, page).toContain(`the ${ARTICLES} analyses`);
			const lede = toString(select('p.cl-lede', root) ?? root) + description;
			expect(
				[...names].filter((a) => lede.includes(a)),
				page,
			).toEqual([]);
		}
	});

	it('lists every page but the 404 and offline pages in its sitemap, and no other', () => {
		const pages = htmlFiles()
			.map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
			// The offline page (what the service worker answers for a page not saved) is, like the 404 page, not listed.
			.filter((p) => p !== '/404.html' && p !== '/offline/')
			.sort();
		const sitemap = xml.parse(readFileSync(join(dist, 'sitemap.xml'), 'utf8')) as { urlset: { url: { loc: string }[] } };
		const locs = sitemap.urlset.url.map((u) => new URL(u.loc).pathname).sort();
		expect(locs).toEqual(pages);
	});

	it('answers every permalink: a file, its anchor, or a _redirects rule to a file and its anchor', () => {
		const rules = readFileSync(join(dist, '_redirects'), 'utf8')
			.split('\n')
			.filter((l) => l !== '' && !l.startsWith('#'))
			.map((l) => l.split(' ') as [string, string, string]);
		const unanswered = manifest.filter((url) => {
			const [path = '', hash] = url.split('#');
			// Where the host sends a path: a file there (Netlify serves it first), else the first rule that matches.
			const target = fileFor(path) ? url : (rules.map(([from, to]) => followRule(from, to, path)).find((t) => t !== undefined) ?? '');
			const [toPath = '', toHash = hash] = target.split('#');
			const file = fileFor(toPath);
			if (!file) return true;
			return toHash !== undefined && !idsOf(file).has(toHash);
		});
		expect(unanswered).toEqual([]);
		// Per-claim citation files one rule each; the claim pages one placeholder rule, after the filter pages it keeps.
		expect(rules.filter(([from]) => from.startsWith('/cite/'))).toHaveLength(manifest.filter((u) => u.startsWith('/cite/')).length);
		expect(rules.filter(([from]) => from.startsWith('/claims/'))).toEqual([
			...['kind', 'said', 'topic', 'related'].map((f) => [`/claims/${f}/:page/`, `/claims/${f}/:page/`, '200']),
			['/claims/:article/:claim/', '/articles/:article/claims/#:claim', '301'],
		]);
	});

	it('gives a claim no page of its own but a section of its article’s claims page, each relation linking to a section that exists', () => {
		const claimPages = htmlFiles().filter((f) => /^claims\/(?!kind|said|topic|related)[^/]+\/[^/]+\/index\.html$/.test(f));
		expect(claimPages).toEqual([]);
		const sections = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		for (const article of new Set(manifestRefs().map((r) => r.article))) {
			const file = fileFor(`/articles/${article}/claims/`);
			expect(file, article).toBeDefined();
			const page = tree(file ?? '');
			sections.set(article, new Set(selectAll('section.cl-grouped[id]', page).map(attr('id'))));
			for (const to of hrefs('li[data-relation] > a[href]', page)) links.push({ from: article, to });
		}
		for (const { article, claim } of manifestRefs()) expect(sections.get(article)?.has(claim), `${article}/${claim}`).toBe(true);
		expect(links.length).toBeGreaterThan(ARTICLES);
		const broken = links.filter(({ to }) => {
			const m = /^\/articles\/([^/]+)\/claims\/#([a-z0-9-]+)$/.exec(to);
			return !m || !sections.get(m[1] ?? '')?.has(m[2] ?? '');
		});
		expect(broken).toEqual([]);
	});

	it('writes the pages a library draws its own way as valid HTML (W3C Nu HTML Checker): claims pages, the timeline and a year', () => {
		const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
		const years = readdirSync(join(dist, 'timeline')).filter((d) => /^\d{4}$/.test(d));
		expect(years.length).toBeGreaterThan(0);
		const files = [
			...[...new Set(refs.map((r) => r.article))].slice(0, 3).map((a) => join(dist, 'articles', a, 'claims', 'index.html')),
			join(dist, 'timeline', 'index.html'),
			join(dist, 'timeline', years[0] ?? '', 'index.html'),
		];
		const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
		expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
		const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as {
			messages: { type: string; message: string; lastLine?: number }[];
		};
		expect(messages.filter((m) => m.type === 'error').map((m) => `${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
	}, 60_000);

	it('indexes each article’s claims page for the claims search, one fragment per article', () => {
		expect(readdirSync(join(dist, 'pagefind', 'claims', 'fragment'))).toHaveLength(ARTICLES);
	});

	it('sets each related pair side by side once, the older text on the left, and every link to /read/ reaches a page', () => {
		const built = readdirSync(join(dist, 'read'), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name === 'index.html')
			.map((e) => relative(join(dist, 'read'), e.parentPath).split('/') as [string, string]);
		expect(built.length).toBeGreaterThan(ARTICLES / 2);
		// The older on the left: /claims.json lists the articles in the site's order, oldest first.
		const order = new Map(
			(JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { articles: { id: string }[] }).articles.map((a, i) => [a.id, i]),
		);
		expect(built.filter(([a, b]) => (order.get(a) ?? -1) >= (order.get(b) ?? -1))).toEqual([]);
		const links = new Set(htmlFiles().flatMap((f) => hrefs('a[href^="/read/"]', tree(f)).map((h) => h.split('#')[0] ?? '')));
		expect(links.size).toBeGreaterThan(ARTICLES / 2);
		expect([...links].filter((path) => !fileFor(path))).toEqual([]);
	});

	it('carries the boot script inline in every page, as the two-article site does, allowed by its hash', () => {
		const pages = htmlFiles();
		expect(pages.length).toBeGreaterThan(ARTICLES * 8);
		const boots = pages.map((f) => select('head script[data-boot]', tree(f)));
		expect(boots.filter((b) => b === undefined || b.properties.src !== undefined)).toEqual([]);
		const codes = new Set(boots.map((b) => toString(b ?? { type: 'root', children: [] })));
		expect(codes.size).toBe(1);
		expect([...codes][0]?.length).toBeGreaterThan(1000);
	});
});
