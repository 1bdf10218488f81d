import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { BASE_PATH } from '../playwright.base-path.config';

/**
 * The built site served under /companion/ (tests/playwright.base-path.config.ts):
 * everything a reader or a tool can reach from the home page stays under the
 * base path, and resolves.
 */

/** Where a reference sits, for messages: `a[href] on /companion/about/`. */
interface Ref {
	url: URL;
	tag: string;
	attr: string;
	from: string;
}

interface Crawl {
	/** Every same-origin URL reached (without fragment), and its status and type. */
	fetched: Map<string, { status: number; type: string }>;
	/** HTML pages, by path, with the ids they hold. */
	pages: Map<string, Set<string>>;
	refs: Ref[];
	/** Content of the head's meta and link tags, by page. */
	heads: Map<string, { canonical: string[]; ogUrl: string[]; ogImage: string[] }>;
}

const REF_ATTRS: Record<string, string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	form: ['action'],
};
const MAX_URLS = 1500;

let crawl: Crawl | undefined;

/** Breadth-first from the base path, following same-origin links of every HTML page, bounded. */
async function crawlSite(request: APIRequestContext, origin: string): Promise<Crawl> {
	const result: Crawl = { fetched: new Map(), pages: new Map(), refs: [], heads: new Map() };
	const queue = [new URL(BASE_PATH, origin).href];
	const seen = new Set(queue);
	while (queue.length > 0) {
		const href = queue.shift() as string;
		const response = await request.get(href, { maxRedirects: 0 });
		const type = response.headers()['content-type'] ?? '';
		const path = new URL(href).pathname;
		result.fetched.set(path, { status: response.status(), type });
		if (response.status() !== 200 || !type.includes('text/html')) continue;
		const tree = fromHtml(await response.text());
		const ids = new Set<string>();
		const head = { canonical: [] as string[], ogUrl: [] as string[], ogImage: [] as string[] };
		visit(tree, 'element', (el: Element) => {
			if (typeof el.properties.id === 'string') ids.add(el.properties.id);
			if (el.tagName === 'link' && String(el.properties.rel) === 'canonical') head.canonical.push(String(el.properties.href));
			if (el.tagName === 'meta' && String(el.properties.property) === 'og:url') head.ogUrl.push(String(el.properties.content));
			if (el.tagName === 'meta' && String(el.properties.property) === 'og:image') head.ogImage.push(String(el.properties.content));
			for (const attr of REF_ATTRS[el.tagName] ?? []) {
				const value = el.properties[attr === 'srcset' ? 'srcSet' : attr];
				if (value === undefined || value === null) continue;
				const values =
					attr === 'srcset'
						? String(value)
								.split(',')
								.map((s) => s.trim().split(/\s+/)[0] ?? '')
						: [String(value)];
				for (const v of values) {
					if (v === '' || /^(mailto|tel|data):/i.test(v)) continue;
					const url = new URL(v, href);
					result.refs.push({ url, tag: el.tagName, attr, from: path });
					if (url.origin !== origin) continue;
					url.hash = '';
					// A form is followed to its action, without a query (the header's search box leads to /search/).
					if (el.tagName === 'form') url.search = '';
					const next = url.href;
					if (!seen.has(next) && seen.size < MAX_URLS) {
						seen.add(next);
						queue.push(next);
					}
				}
			}
		});
		result.pages.set(path, ids);
		result.heads.set(path, head);
	}
	return result;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright, baseURL }) => {
	const request = await playwright.request.newContext({ baseURL: baseURL as string });
	crawl = await crawlSite(request, new URL(baseURL as string).origin);
	await request.dispose();
});

const site = () => crawl as Crawl;

test('the crawl reaches every kind of page under the base path', () => {
	const pages = [...site().pages.keys()];
	expect(pages.length).toBeGreaterThan(20);
	expect(site().fetched.size).toBeLessThan(MAX_URLS);
	for (const path of ['', 'about/', 'claims/', 'compare/', 'articles/mcdermott-2009/', 'articles/blank-2010/']) {
		expect(pages, path).toContain(`${BASE_PATH}${path}`);
	}
	expect(pages.some((p) => p.startsWith(`${BASE_PATH}claims/kind/`))).toBe(true);
});

test('nothing reached answers 404 (or any error)', () => {
	const bad = [...site().fetched].filter(([, r]) => r.status !== 200).map(([path, r]) => `${path} → ${r.status}`);
	expect(bad).toEqual([]);
});

test('every link and asset stays under the base path; only links may go to other hosts', ({ baseURL }) => {
	const origin = new URL(baseURL as string).origin;
	const outside = site()
		.refs.filter(({ url, tag }) => {
			if (url.origin === origin) return !url.pathname.startsWith(BASE_PATH);
			// Another host: only an ordinary http(s) link a reader follows, never something the page loads.
			return !(tag === 'a' && /^https?:$/.test(url.protocol));
		})
		.map(({ url, tag, attr, from }) => `${tag}[${attr}]=${url.href} on ${from}`);
	expect([...new Set(outside)]).toEqual([]);
});

test('every fragment link points at an id on its page', ({ baseURL }) => {
	const origin = new URL(baseURL as string).origin;
	const missing = site()
		.refs.filter(({ url, tag }) => tag === 'a' && url.origin === origin && url.hash.length > 1 && !url.hash.startsWith('#:~:'))
		.filter(({ url }) => {
			const ids = site().pages.get(url.pathname);
			return ids !== undefined && !ids.has(decodeURIComponent(url.hash.slice(1)));
		})
		.map(({ url, from }) => `${url.pathname}${url.hash} on ${from}`);
	expect([...new Set(missing)]).toEqual([]);
});

test('canonical, og:url and og:image are absolute and under the base path', ({ baseURL }) => {
	const root = new URL(BASE_PATH, baseURL as string).href;
	for (const [path, head] of site().heads) {
		expect(head.canonical, path).toEqual([new URL(path, root).href]);
		expect(head.ogUrl, path).toEqual(head.canonical);
		expect(head.ogImage.length, path).toBe(1);
		expect(head.ogImage[0], path).toMatch(new RegExp(`^${root.replaceAll('.', '\\.')}og/[a-z0-9-]+\\.png$`));
	}
});

test('social images resolve under the base path', async ({ request }) => {
	const images = new Set([...site().heads.values()].flatMap((h) => h.ogImage));
	expect(images.size).toBeGreaterThanOrEqual(3);
	for (const image of images) {
		const response = await request.get(image);
		expect(response.status(), image).toBe(200);
		expect(response.headers()['content-type'], image).toContain('image/png');
	}
});

test('claim permalinks live under /companion/claims/', () => {
	const claimLinks = site().refs.filter(
		({ url }) => /\/claims\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(url.pathname) && !url.pathname.includes('/kind/'),
	);
	expect(claimLinks.length).toBeGreaterThan(0);
	expect(claimLinks.filter(({ url }) => !url.pathname.startsWith(`${BASE_PATH}claims/`)).map((r) => r.url.href)).toEqual([]);
});

test('claims.json: every url is under the base path and resolves, each claim to its mark', async ({ request }) => {
	const response = await request.get(`${BASE_PATH}claims.json`);
	expect(response.status()).toBe(200);
	const data = (await response.json()) as { articles: { id: string; url: string }[]; claims: { id: string; url: string }[] };
	expect(data.claims.length).toBeGreaterThan(0);
	for (const { id, url } of [...data.articles, ...data.claims]) {
		expect(url, id).toMatch(new RegExp(`^${BASE_PATH}`));
		const [path, fragment] = url.split('#') as [string, string | undefined];
		const ids = site().pages.get(path);
		expect(ids, `${id}: ${path} was not reached by the crawl`).toBeDefined();
		if (fragment) expect(ids?.has(fragment), `${id}: #${fragment} on ${path}`).toBe(true);
	}
	// Every claim's own page was reached, at /companion/claims/<article>/<claim>/.
	for (const { id } of data.claims) expect(site().pages.has(`${BASE_PATH}claims/${id}/`), id).toBe(true);
});

test('exports and data files name this site only under the base path', async ({ request, baseURL }) => {
	const origin = new URL(baseURL as string).origin;
	const root = `${origin}${BASE_PATH}`;
	const linked = [...site().fetched.keys()].filter((p) => /\.(json|jsonld|bib|ris|xml|txt)$/.test(p));
	expect(linked.some((f) => f.endsWith('.bib'))).toBe(true);
	const known = ['annotations.jsonld', 'claims.json', 'feed.xml', 'sitemap.xml', 'robots.txt'].map((f) => `${BASE_PATH}${f}`);
	const files = [...new Set([...linked, ...known])];
	const outside: string[] = [];
	let named = 0;
	for (const file of files) {
		const text = await (await request.get(file)).text();
		for (const m of text.matchAll(new RegExp(`${origin.replaceAll('.', '\\.')}[^\\s"'<>{}]*`, 'g'))) {
			named += 1;
			if (!m[0].startsWith(root)) outside.push(`${m[0]} in ${file}`);
		}
	}
	expect(named).toBeGreaterThan(100);
	expect(outside).toEqual([]);
});

test('sitemap, robots.txt and the feed give absolute URLs under the base path', async ({ request, baseURL }) => {
	const root = new URL(BASE_PATH, baseURL as string).href;
	const robots = await (await request.get(`${BASE_PATH}robots.txt`)).text();
	expect(robots).toContain(`Sitemap: ${root}sitemap.xml`);
	const sitemap = await (await request.get(`${BASE_PATH}sitemap.xml`)).text();
	const urlset = new XMLParser({ isArray: (name) => name === 'url' }).parse(sitemap) as { urlset: { url: { loc: string }[] } };
	const locs = urlset.urlset.url.map((u) => u.loc);
	for (const loc of locs) expect(loc.startsWith(root), loc).toBe(true);
	// The sitemap lists exactly the pages a reader can reach (the 404 page is not one).
	expect(locs.map((l) => new URL(l).pathname).sort()).toEqual([...site().pages.keys()].filter((p) => !p.endsWith('/404.html')).sort());
	const feed = await (await request.get(`${BASE_PATH}feed.xml`)).text();
	type Link = { '@rel'?: string; '@type'?: string; '@href': string };
	const atom = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		isArray: (name) => ['entry', 'link'].includes(name),
	}).parse(feed) as {
		feed: { link: Link[]; entry: { link: Link[] }[] };
	};
	const links = [atom.feed.link, ...atom.feed.entry.map((e) => e.link)]
		.flat()
		.filter((l) => l['@rel'] === 'alternate' && l['@type'] === 'text/html')
		.map((l) => l['@href']);
	expect(links.length).toBeGreaterThan(1);
	for (const link of links) expect(link.startsWith(root), link).toBe(true);
});

test('search for "NATO" finds results, every one under the base path', async ({ page, baseURL }) => {
	const origin = new URL(baseURL as string).origin;
	const searchPage = site().fetched.get(`${BASE_PATH}search/`);
	const pagefind = await page.request.get(`${BASE_PATH}pagefind/pagefind.js`);
	test.skip(searchPage?.status !== 200 || pagefind.status() !== 200, 'no search page or no Pagefind bundle in this build');

	const foreign: string[] = [];
	const failed: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`${BASE_PATH}search/?q=NATO`);
	const results = page.locator('#search-results a[href]');
	await expect(results.first()).toBeVisible({ timeout: 15_000 });
	const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(new URL(href).pathname.startsWith(BASE_PATH), href).toBe(true);
	// A result opens at its place in the text, under the base path.
	await results.first().click();
	await expect(page).toHaveURL(new RegExp(`^${origin}${BASE_PATH}`));

	// The header's box on any other page: its results and its links to the search page too.
	await page.goto(`${BASE_PATH}about/`);
	await page.locator('form.site-search input[name="q"]').fill('NATO');
	const dropdown = page.locator('#site-search-panel a[href]');
	await expect(dropdown.first()).toBeVisible({ timeout: 15_000 });
	const dropHrefs = await dropdown.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	for (const href of dropHrefs) expect(new URL(href).pathname.startsWith(BASE_PATH), href).toBe(true);
	expect(foreign).toEqual([]);
	expect(failed).toEqual([]);
});
