import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { builtPages, DIST } from './pages';

/**
 * What a host and the web see of the build: sitemap.xml, robots.txt, the Atom
 * feed, the Open Graph and Twitter tags with their images, and the response
 * headers of _headers (src/integrations/headers.ts). Absolute URLs carry the build's SITE (by default
 * http://localhost:4321), not the preview's address, so they are fetched by
 * their path.
 */
const PAGES = builtPages();
// The offline page is what the service worker answers for a page not saved (src/pages/offline.astro), like the 404 page not a page to list.
const PUBLIC_PAGES = PAGES.filter((p) => p !== '/404.html' && p !== '/offline/');

interface ClaimsJson {
	articles: { id: string; title: string; date: string; url: string }[];
	relations: { from: string; to: string }[];
}
const claimsJson = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;

/** The site's root as the build wrote it in absolute URLs: the home page's canonical URL. */
const home = fromHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
const SITE_ROOT = String(select('link[rel="canonical"]', home)?.properties['href'] ?? '');
/** `http://localhost:4321/about/` → `/about/`, for fetching from the preview. */
const pathOf = (absolute: string) => {
	expect(absolute.startsWith(SITE_ROOT), `${absolute} is not under ${SITE_ROOT}`).toBe(true);
	return `/${absolute.slice(SITE_ROOT.length)}`;
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Well-formedness, by the browser's own strict XML parser: the messages of its parsererror elements. */
async function xmlErrors(page: Page, xml: string): Promise<string[]> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		return [...doc.getElementsByTagName('parsererror')].map((e) => e.textContent ?? 'parsererror');
	}, xml);
}

interface Head {
	canonical: string[];
	meta: Map<string, string[]>;
	feeds: string[];
}
async function headOf(request: APIRequestContext, path: string): Promise<Head> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	const head: Head = { canonical: [], meta: new Map(), feeds: [] };
	visit(fromHtml(await response.text()), 'element', (el: Element) => {
		const rel = Array.isArray(el.properties.rel) ? el.properties.rel.map(String) : [];
		if (el.tagName === 'link' && rel.includes('canonical')) head.canonical.push(String(el.properties.href));
		if (el.tagName === 'link' && rel.includes('alternate') && el.properties.type === 'application/atom+xml')
			head.feeds.push(String(el.properties.href));
		if (el.tagName === 'meta') {
			const key = el.properties.property ?? el.properties.name;
			if (key === undefined || key === null) return;
			const name = String(key);
			head.meta.set(name, [...(head.meta.get(name) ?? []), String(el.properties.content)]);
		}
	});
	return head;
}

test('the home page has an absolute canonical URL', () => {
	expect(SITE_ROOT).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
});

test('sitemap.xml lists every public page, absolute, and each resolves', async ({ request, page }) => {
	const response = await request.get('/sitemap.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	expect(await xmlErrors(page, xml)).toEqual([]);
	const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url: { loc: string }[] } };
	const locs = parsed.urlset.url.map((u) => u.loc);
	expect(locs.map(pathOf).sort()).toEqual(PUBLIC_PAGES);
	// The path, not the whole URL: the port the tests serve on may hold the digits 404.
	expect(locs.some((l) => pathOf(l).includes('404'))).toBe(false);
	for (const loc of locs) expect((await request.get(pathOf(loc))).status(), loc).toBe(200);
});

test('robots.txt allows everything and points to the sitemap', async ({ request }) => {
	const response = await request.get('/robots.txt');
	expect(response.status()).toBe(200);
	const text = await response.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).not.toMatch(/^Disallow: \/\S/m);
	expect(text).toContain(`Sitemap: ${SITE_ROOT}sitemap.xml`);
});

test('every page: one canonical, Open Graph and Twitter tags, og:url = canonical, the feed linked', async ({ request }) => {
	const articlePaths = new Map(claimsJson.articles.map((a) => [a.url, a]));
	for (const path of PAGES) {
		const head = await headOf(request, path);
		const one = (name: string) => {
			const values = head.meta.get(name) ?? [];
			expect(values.length, `${path}: ${name} ×${values.length}`).toBe(1);
			return values[0] as string;
		};
		expect(head.canonical.length, `${path}: canonical`).toBe(1);
		const canonical = head.canonical[0] as string;
		expect(canonical.startsWith(SITE_ROOT), path).toBe(true);
		if (path !== '/404.html') expect(canonical, path).toBe(new URL(path.slice(1), SITE_ROOT).href);
		expect(one('og:title').length, path).toBeGreaterThan(0);
		expect(one('og:description').length, path).toBeGreaterThan(0);
		expect(one('og:url'), path).toBe(canonical);
		expect(one('og:site_name'), path).toBe('UN–CSTO Reading Companion');
		expect(one('og:image'), path).toMatch(/^https?:\/\/.+\/og\/[a-z0-9-]+\.png$/);
		expect(one('og:image:alt').length, path).toBeGreaterThan(10);
		expect(one('twitter:card'), path).toBe('summary_large_image');
		// No twitter:title/description/image: X falls back to og:*, so the page says them once.
		expect(head.meta.get('twitter:image'), path).toBeUndefined();
		expect(one('twitter:image:alt'), path).toBe(one('og:image:alt'));
		expect(head.feeds, path).toEqual([`${new URL(SITE_ROOT).pathname}feed.xml`]);

		const article = articlePaths.get(path);
		expect(one('og:type'), path).toBe(article ? 'article' : 'website');
		if (article) {
			expect(one('og:image'), path).toBe(`${SITE_ROOT}og/${article.id}.png`);
			expect(head.meta.get('article:author')?.length, path).toBe(1);
			// Open Graph's DateTime has a day: a date known only to the month or year gives no published_time.
			const published = head.meta.get('article:published_time') ?? [];
			expect(published, path).toEqual(/^\d{4}-\d{2}-\d{2}$/.test(article.date) ? [article.date] : []);
		}
	}
});

test('each social image is a 1200×630 PNG', async ({ request }) => {
	const images = new Set([`${SITE_ROOT}og/site.png`, ...claimsJson.articles.map((a) => `${SITE_ROOT}og/${a.id}.png`)]);
	for (const image of images) {
		const response = await request.get(pathOf(image));
		expect(response.status(), image).toBe(200);
		expect(response.headers()['content-type'], image).toContain('image/png');
		expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
	}
});

test('the Atom feed parses, with one entry per article linking to its reading page', async ({ request, page }) => {
	const response = await request.get('/feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	expect(await xmlErrors(page, xml)).toEqual([]);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		isArray: (name) => ['entry', 'link', 'category'].includes(name),
	});
	type Link = { '@rel'?: string; '@href': string; '@type'?: string };
	const { feed } = parser.parse(xml) as {
		feed: {
			'@xmlns': string;
			id: string;
			title: string;
			updated: string;
			link: Link[];
			entry: {
				id: string;
				title: string;
				updated: string;
				published?: string;
				summary: { '#text': string } | string;
				author: { name: string };
				link: Link[];
			}[];
		};
	};
	const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
	expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
	expect(feed.updated).toMatch(rfc3339);
	expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${SITE_ROOT}feed.xml`);
	expect(feed.entry.length).toBe(claimsJson.articles.length);
	for (const article of claimsJson.articles) {
		const url = new URL(article.url, SITE_ROOT).href;
		const entry = feed.entry.find((e) => e.id === url);
		expect(entry, article.id).toBeDefined();
		if (!entry) continue;
		expect(entry.title).toBe(article.title);
		expect(entry.link.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')?.['@href']).toBe(url);
		expect((await request.get(pathOf(url))).status(), url).toBe(200);
		expect(entry.author.name.length).toBeGreaterThan(0);
		expect(entry.updated).toMatch(rfc3339);
		// `published` only for a date known to the day; otherwise the summary says how precisely it is known, or within what bounds.
		if (/^\d{4}-\d{2}-\d{2}$/.test(article.date)) expect(entry.published).toMatch(new RegExp(`^${article.date}T`));
		else {
			expect(entry.published).toBeUndefined();
			const summary = typeof entry.summary === 'string' ? entry.summary : entry.summary['#text'];
			expect(summary).toMatch(/ \((known to the (month|year) only|on or after [^)]+|on or before [^)]+|between [^)]+)\) by /);
		}
	}
});

/** dist/_headers, as Netlify and Cloudflare Pages read it: the headers of the `/*` rule. */
function headersFile(): Record<string, string> {
	const text = readFileSync(join(DIST, '_headers'), 'utf8');
	const headers: Record<string, string> = {};
	let inAll = false;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			inAll = line.trim() === '/*';
			continue;
		}
		const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
		if (inAll && m) headers[(m[1] as string).toLowerCase()] = (m[2] as string).trim();
	}
	return headers;
}

test('_headers: the security headers, and a CSP of self only, without unsafe-inline', () => {
	const h = headersFile();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBeTruthy();
	expect(h['permissions-policy']).toBeTruthy();
	const csp = h['content-security-policy'] ?? '';
	expect(h['x-frame-options'] ?? csp).toMatch(/DENY|SAMEORIGIN|frame-ancestors/);
	const directive = (name: string) =>
		csp
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith(`${name} `)) ?? '';
	// Files of the site, Pagefind's WebAssembly, and the one inline script every page carries, by its hash.
	expect(directive('script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='$/);
	const boot = select('script[data-boot]', home);
	expect(boot, 'the inline boot script of the home page').toBeDefined();
	const inline = toString(boot!);
	expect(directive('script-src')).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
	// Styles, fonts and connections fall to default-src, the site itself only: no directive of their own widens it.
	expect(directive('default-src')).toBe("default-src 'self'");
	for (const name of ['style-src', 'font-src', 'connect-src']) expect(directive(name), name).toBe('');
	// data: for the icon, which every page carries inline (src/layouts/Base.astro).
	expect(directive('img-src')).toBe("img-src 'self' data:");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).toContain("frame-ancestors 'none'");
});

test('served with the _headers CSP, no page breaks a rule the page itself does not already break', async ({ page }) => {
	test.setTimeout(180_000);
	const extra = headersFile();
	const headerCsp = extra['content-security-policy'] ?? '';
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
	});
	await page.addInitScript(() => {
		const seen: { directive: string; blocked: string; sample: string; policy: string }[] = [];
		(window as unknown as { __csp: typeof seen }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, policy: e.originalPolicy }),
		);
	});
	const fromHeader: string[] = [];
	const fromMeta = new Set<string>();
	const load = async (path: string, act?: () => Promise<void>) => {
		await page.goto(path);
		await act?.();
		const seen = await page.evaluate(
			() => (window as unknown as { __csp: { directive: string; blocked: string; sample: string; policy: string }[] }).__csp,
		);
		for (const v of seen) {
			const key = `${path} ${v.directive} ${v.blocked} ${v.sample}`;
			if (v.policy.replace(/\s+/g, ' ').trim() === headerCsp.replace(/\s+/g, ' ').trim()) fromHeader.push(key);
			else fromMeta.add(key);
		}
	};
	for (const path of PAGES) await load(path);
	// Search runs Pagefind (WebAssembly and its worker); a claim preview fetches claims.json.
	if (PAGES.includes('/search/')) {
		// A word of both texts, on the real site and the fixture site alike.
		await load('/search/?q=UN', async () => {
			await expect(page.locator('#search-results a[href]').first()).toBeVisible({ timeout: 15_000 });
		});
	}
	// An article with a claim that relates to another, whose chip shows a preview.
	await load(`/articles/${claimsJson.relations[0]?.from.split('/')[0]}/`, async () => {
		await page.locator('.claim-note:has(.claim-links a) label').first().click();
		await page.locator('.claim-links a:visible').first().hover();
		await expect(page.getByRole('tooltip')).toBeVisible();
	});
	if (fromMeta.size > 0)
		test.info().annotations.push({ type: 'meta CSP violations (not caused by _headers)', description: [...fromMeta].join('\n') });
	expect(fromHeader.filter((k) => !fromMeta.has(k))).toEqual([]);
});
