import { expect, test, type APIRequestContext } from '@playwright/test';
import { SCHEMES, violations } from '../e2e/axe';

/**
 * A library of 50 generated articles (tests/playwright.large.config.ts): a claim has no page of
 * its own but a section of its article's claims page, which its old address forwards to and the
 * claims search links to, one result per claim.
 */
const ARTICLE = 'synthetic-0002';
const PAGE = `/articles/${ARTICLE}/claims/`;

interface Claim {
	id: string;
	kind: string;
	summary: string;
}

async function claimsOf(request: APIRequestContext, article = ARTICLE): Promise<Claim[]> {
	const response = await request.get(`/claims/${article}.json`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { claims: Claim[] }).claims;
}

const KIND_LABEL: Record<string, string> = { report: 'Report', assessment: 'Assessment', prediction: 'Prediction' };

test('an article’s claims page has a section per claim, headed by its summary, each relation a link to a claim’s section', async ({
	page,
	request,
}) => {
	const claims = await claimsOf(request);
	await page.goto(PAGE);
	const sections = page.locator('section.cl-grouped');
	await expect(sections).toHaveCount(claims.length);
	for (const [i, claim] of claims.entries()) {
		await expect(sections.nth(i)).toHaveAttribute('id', claim.id.split('/')[1] ?? '');
		await expect(sections.nth(i).getByRole('heading', { level: 2 })).toContainText(claim.summary);
	}
	const relation = page.locator('.cl-grouped-relations a').first();
	const href = (await relation.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/claims\/#[a-z0-9-]+$/);
	await relation.click();
	const target = new URL(page.url());
	expect(target.pathname + target.hash).toBe(href);
	await expect(page.locator('section.cl-grouped:target')).toHaveAttribute('id', target.hash.slice(1));
	await expect(page.locator('section.cl-grouped:target')).toBeInViewport();
});

test('axe: an article’s claims page in light and dark', async ({ page }) => {
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(PAGE);
		expect(await violations(page), scheme).toEqual([]);
	}
});

test('a claim’s old page address is forwarded to its section where the host has no redirects', async ({ page, request }) => {
	const claim = (await claimsOf(request))[3]?.id.split('/')[1] ?? '';
	const response = await page.goto(`/claims/${ARTICLE}/${claim}/`);
	expect(response?.status()).toBe(404);
	await page.waitForURL((u) => u.pathname === PAGE);
	expect(new URL(page.url()).hash).toBe(`#${claim}`);
	await expect(page.locator(`section#${claim}`)).toBeInViewport();
});

test('the claims index’s filter pages, which have a claim page’s shape, are not forwarded', async ({ page }) => {
	const response = await page.goto('/claims/kind/report/');
	expect(response?.status()).toBe(200);
	expect(new URL(page.url()).pathname).toBe('/claims/kind/report/');
});

test('claims search: one result per claim, linking to its section, and a kind filter narrows claims, not articles', async ({
	page,
	request,
}) => {
	// A word of the summaries of many claims of several kinds.
	const claims = await claimsOf(request);
	const word = claims[0]?.summary.split(/\s+/).find((w) => /^[A-Z][a-z]{4,}$/.test(w)) ?? 'Moscow';
	await page.goto(`/search/?q=${encodeURIComponent(word)}&mode=claims`);
	await expect(page.locator('#search-summary')).toContainText(`for “${word}” among the claims`);
	const links = page.locator('#search-results a.sr-link');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	for (const href of hrefs) expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/claims\/\?(highlight=[^&#]+&?)*#[a-z0-9-]+$/);
	const places = hrefs.map((h) => h.replace(/\?[^#]*/, ''));
	expect(new Set(places).size).toBe(places.length);
	// More than one claim of an article: the results are claims, not articles.
	expect(new Set(places.map((p) => p.split('#')[0])).size).toBeLessThan(places.length);

	await page.getByRole('checkbox', { name: /^Report \(\d+\)$/ }).check();
	await expect(page).toHaveURL(/[?&]kind=Report/);
	const filtered = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(filtered.length).toBeGreaterThan(0);
	expect(filtered.length).toBeLessThan(hrefs.length);
	const kinds = new Map<string, string>();
	for (const href of filtered) {
		const [, article = '', claim = ''] = /^\/articles\/([^/]+)\/claims\/[^#]*#(.+)$/.exec(href) ?? [];
		if (!kinds.has(`${article}/${claim}`)) for (const c of await claimsOf(request, article)) kinds.set(c.id, KIND_LABEL[c.kind] ?? c.kind);
		expect(kinds.get(`${article}/${claim}`), href).toBe('Report');
	}
	// Following a result lands on the claim's section.
	await links.first().click();
	await expect(page.locator('section.cl-grouped:target')).toBeInViewport();
});

test('axe: the pages a large library draws its own way, in light and dark (home, claims list, timeline and a year, a pair compared, mapped and read)', async ({
	page,
}) => {
	await page.goto('/timeline/');
	const year = (await page.locator('main a[href^="/timeline/"][href$="/"]:not([href="/timeline/"])').first().getAttribute('href')) ?? '';
	expect(year).toMatch(/^\/timeline\/\d{4}\/$/);
	await page.goto(PAGE);
	const pairs = page.locator('.cl-grouped-pairs a');
	const compare = (await pairs.filter({ hasText: 'compared' }).first().getAttribute('href')) ?? '';
	const map = (await pairs.filter({ hasText: 'mapped' }).first().getAttribute('href')) ?? '';
	expect(compare).toMatch(/^\/compare\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
	expect(map).toMatch(/^\/map\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
	await page.goto(`/articles/${ARTICLE}/`);
	const read = (await page.locator('a[href^="/read/"]').first().getAttribute('href')) ?? '';
	expect(read).toMatch(/^\/read\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
	for (const path of ['/', '/claims/', '/timeline/', year, compare, map, read]) {
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(await violations(page), `${path} ${scheme}`).toEqual([]);
		}
	}
});
