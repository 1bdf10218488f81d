import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
let corpusDir = '';
let manifest: string[] = [];
let error: Error | undefined;

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

let refs: { article: string; claim: string }[] = [];
const manifestRefs = () => refs;

/** The file a static host serves for a path: `/a/` → `a/index.html`. */
const fileFor = (path: string): string | undefined => {
	const clean = path.replace(/^\//, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean];
	return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
};

beforeAll(async () => {
	const corpus = generateCorpus({ articles: ARTICLES });
	corpusDir = corpus.dir;
	refs = readdirSync(join(corpus.dir, 'articles'))
		.filter((f) => f.endsWith('.md'))
		.flatMap((f) => {
			const article = f.slice(0, -3);
			const ids = [...readFileSync(join(corpus.dir, 'articles', f), 'utf8').matchAll(/^ {2}- id: "?([a-z0-9-]+)"?$/gm)].map((m) => m[1]);
			return ids.map((claim) => ({ article, claim: claim ?? '' }));
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
	// Vitest sets process.env.DEV and PROD, which the built pages read as import.meta.env: set as `astro build` has them, as the boot script's form depends on PROD.
	const built = await buildSiteInto(corpus.dir, { PROD: 'true', DEV: '' });
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
		// A page per article, its names, its claims, its pairs, and the lists: the claims have no pages of their own at this size.
		expect(pages.length).toBeGreaterThan(ARTICLES * 8);
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

	it('links each article’s claims page to the comparison and the map of every related pair it is in, each a page that exists', () => {
		let pairs = 0;
		for (const article of new Set(manifestRefs().map((r) => r.article))) {
			const html = readFileSync(join(dist, fileFor(`/articles/${article}/claims/`) ?? ''), 'utf8');
			const line = html.match(/<p class="cl-grouped-pairs">.*?<\/p>/s)?.[0] ?? '';
			const linked = [...line.matchAll(/href="(\/(?:compare|map)\/[^"]+)"/g)].map((m) => m[1] ?? '');
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
		const authors = new Set(
			readdirSync(join(corpusDir, 'articles'))
				.filter((f) => f.endsWith('.md'))
				.map((f) => /^author:\n {2}name: "?([^"\n]+)"?$/m.exec(readFileSync(join(corpusDir, 'articles', f), 'utf8'))?.[1]),
		);
		expect(authors.size).toBeGreaterThan(10);
		for (const page of ['claims/index.html', 'claims/2/index.html', 'claims/kind/report/index.html', 'search/index.html']) {
			const html = readFileSync(join(dist, page), 'utf8');
			expect(html, page).toContain(`the ${ARTICLES} analyses`);
			const lede =
				(html.match(/<p class="cl-lede">.*?<\/p>/s)?.[0] ?? '') + (html.match(/<meta name="description" content="[^"]*"/)?.[0] ?? '');
			expect(
				[...authors].filter((a) => a !== undefined && lede.includes(a)),
				page,
			).toEqual([]);
		}
	});

	it('lists every page but the 404 and offline pages in its sitemap, and no other', () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => `/${relative(dist, join(e.parentPath, e.name)).replace(/(^|\/)index\.html$/, '$1')}`)
			// The offline page (what the service worker answers for a page not saved) is, like the 404 page, not listed.
			.filter((p) => p !== '/404.html' && p !== '/offline/' && !p.startsWith('/pagefind/'))
			.sort();
		const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
			.map((m) => new URL(m[1] ?? '').pathname)
			.sort();
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
			return toHash !== undefined && !readFileSync(join(dist, file), 'utf8').includes(` id="${toHash}"`);
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
		const claimPages = readdirSync(join(dist, 'claims'), { recursive: true, withFileTypes: true }).filter(
			(e) =>
				e.isFile() && /^claims\/(?!kind|said|topic|related)[^/]+\/[^/]+\/index\.html$/.test(relative(dist, join(e.parentPath, e.name))),
		);
		expect(claimPages).toEqual([]);
		const sections = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		for (const article of new Set(manifestRefs().map((r) => r.article))) {
			const file = fileFor(`/articles/${article}/claims/`);
			expect(file, article).toBeDefined();
			const html = readFileSync(join(dist, file ?? ''), 'utf8');
			sections.set(article, new Set([...html.matchAll(/<section id="([a-z0-9-]+)" class="cl-grouped/g)].map((m) => m[1] ?? '')));
			for (const m of html.matchAll(/<li data-relation="[a-z-]+">[^<]*<a href="([^"]+)"/g)) links.push({ from: article, to: m[1] ?? '' });
		}
		for (const { article, claim } of manifestRefs()) expect(sections.get(article)?.has(claim), `${article}/${claim}`).toBe(true);
		expect(links.length).toBeGreaterThan(ARTICLES);
		const broken = links.filter(({ to }) => {
			const m = /^\/articles\/([^/]+)\/claims\/#([a-z0-9-]+)$/.exec(to);
			return !m || !sections.get(m[1] ?? '')?.has(m[2] ?? '');
		});
		expect(broken).toEqual([]);
	});

	it('writes the pages a large library draws its own way as valid HTML (W3C Nu HTML Checker): claims pages, the timeline and a year', () => {
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
		const html = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
		const links = new Set(html.flatMap((page) => [...page.matchAll(/href="(\/read\/[^"#]*)/g)].map((m) => m[1] ?? '')));
		expect(links.size).toBeGreaterThan(ARTICLES / 2);
		expect([...links].filter((path) => !fileFor(path))).toEqual([]);
	});

	it('links the boot script as one shared file from every page, inline in none', () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
			.map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
		expect(pages.length).toBeGreaterThan(ARTICLES * 8);
		// A classic script, not a module: it runs before first paint, as the inline one does on the two-article site.
		const linked = new Set(pages.map((page) => /<script src="([^"]+)" data-boot><\/script>/.exec(page)?.[1]));
		expect([...linked]).toEqual([expect.stringMatching(/^\/_astro\/boot-[\w-]+\.js$/)]);
		expect(fileFor([...linked][0] ?? '')).toBeDefined();
		expect(pages.filter((page) => /<script data-boot>/.test(page))).toEqual([]);
	});
});
