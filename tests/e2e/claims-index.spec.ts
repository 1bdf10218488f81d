import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { violations } from './axe';
import { DIST } from './pages';

/**
 * The claims index and its filter pages, as a reader scans them: each claim
 * once, in its text's order, with its topics and relations, and filters that
 * are plain links. Every expectation comes from the built claims.json.
 */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
type Claim = ClaimsJson['claims'][number];
const claimPage = (id: string) => `/claims/${id}/`;
const related = new Set(data.relations.flatMap((r) => [r.from, r.to]));

const cardRefs = (page: Page) => page.locator('.cl-card').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.claim ?? ''));

test('the index shows each claim exactly once, article by article in text order', async ({ page }) => {
	await page.goto('/claims/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
	const refs = await cardRefs(page);
	expect(refs).toHaveLength(data.claims.length);
	expect(new Set(refs).size).toBe(data.claims.length);
	for (const article of data.articles) {
		const section = page.locator(`section[data-article="${article.id}"]`);
		await expect(section).toHaveCount(1);
		await expect(section.getByRole('heading', { level: 2 })).toContainText(article.author.name);
		const shown = await section.locator('.cl-card').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.claim));
		expect(shown).toEqual(data.claims.filter((c) => c.article === article.id).map((c) => c.id));
	}
	// No author's list stands beside another's: the sections are stacked, not columns.
	const [first, second] = await page.locator('section.cl-article').all();
	if (first && second) {
		const a = await first.boundingBox();
		const b = await second.boundingBox();
		expect((b?.y ?? 0) >= (a?.y ?? 0) + (a?.height ?? 0) - 1).toBe(true);
	}
});

test('each card links its page, its mark, its other topics and its relations', async ({ page }) => {
	await page.goto('/claims/');
	for (const claim of data.claims) {
		const card = page.locator(`.cl-card[data-claim="${claim.id}"]`);
		await expect(card.locator(`.cl-card-summary a[href="${claimPage(claim.id)}"]`)).toHaveText(claim.summary);
		await expect(card.locator(`a[href="${claim.url}"]`)).toHaveCount(1);
		const topics = await card.locator('.cl-card-topic a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(topics.sort(), claim.id).toEqual(claim.topics.map((t) => `/claims/topic/${t}/`).sort());
		const others = data.relations.flatMap((r) => (r.from === claim.id ? [r.to] : r.to === claim.id ? [r.from] : []));
		const chips = await card.locator('.cl-card-relation a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(chips.sort(), claim.id).toEqual(others.map(claimPage).sort());
	}
	// A chip names the relation and where the other claim stands: "agrees · Blank ¶4".
	const relation = data.relations.find((r) => r.type === 'agrees-with' && r.from.split('/')[0] !== r.to.split('/')[0]);
	if (relation) {
		const chip = page.locator(`.cl-card[data-claim="${relation.from}"] .cl-card-relation a[href="${claimPage(relation.to)}"]`);
		await expect(chip).toHaveText(/^agrees · \S+ ¶\d+$/);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	const FILTERS = ['Show claims by kind', 'Show claims by who says it', 'Show claims by relations', 'Show claims by topic'];

	/** What the page a filter link leads to must list, from its URL. */
	function wanted(path: string): Claim[] | undefined {
		const m = /^\/claims\/(?:(kind|said|topic)\/([^/]+)\/|(related)\/)?$/.exec(path);
		if (!m) return undefined;
		if (m[3]) return data.claims.filter((c) => related.has(c.id));
		if (!m[1]) return data.claims;
		const value = m[2] ?? '';
		if (m[1] === 'kind') return data.claims.filter((c) => c.kind === value);
		if (m[1] === 'said') return data.claims.filter((c) => (value === 'reported') === (c.attributedTo !== null));
		return data.claims.filter((c) => c.topics.includes(value));
	}

	test("every filter's links lead to pages listing exactly the matching claims", async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto('/claims/');
		const links: { nav: string; href: string; label: string }[] = [];
		for (const nav of FILTERS) {
			const found = await page
				.getByRole('navigation', { name: nav })
				.getByRole('link')
				.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent ?? '' })));
			expect(found.length, nav).toBeGreaterThan(1);
			links.push(...found.map((l) => ({ nav, ...l })));
		}
		for (const { nav, href, label } of links) {
			const want = wanted(href);
			expect(want, href).toBeDefined();
			await page.goto(href);
			expect((await cardRefs(page)).sort(), href).toEqual((want ?? []).map((c) => c.id).sort());
			// The link's count is what the page lists, and the page marks its own choice.
			expect(label, href).toContain(`(${want?.length})`);
			await expect(page.getByRole('navigation', { name: nav }).locator('a[aria-current="page"]'), href).toHaveAttribute('href', href);
		}
	});

	test('old /claims/#topic-<id> links still land on the topic', async ({ page }) => {
		const topic = data.claims[0]?.topics[0] ?? '';
		await page.goto(`/claims/#topic-${topic}`);
		await expect(page.locator(`#topic-${topic} a`)).toHaveAttribute('href', `/claims/topic/${topic}/`);
		await expect(page.locator(`#topic-${topic}`)).toBeInViewport();
	});
});

test('with JavaScript the filters combine in place, kept in the address and undone by Back', async ({ page }) => {
	// The topic and kind with the most claims in common, so the combination narrows but is not empty.
	const pairs = data.claims.flatMap((c) => c.topics.map((t) => `${c.kind} ${t}`));
	const [kind = '', topic = ''] = (
		[...new Set(pairs)].sort((a, b) => pairs.filter((p) => p === b).length - pairs.filter((p) => p === a).length)[0] ?? ''
	).split(' ');
	const want = (k?: string, t?: string) =>
		data.claims
			.filter((c) => (!k || c.kind === k) && (!t || c.topics.includes(t)))
			.map((c) => c.id)
			.sort();
	const visible = () =>
		page
			.locator('.cl-card')
			.evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => (el as HTMLElement).dataset.claim ?? ''));

	await page.goto('/claims/');
	await page.getByRole('navigation', { name: 'Show claims by kind' }).locator(`a[data-value="${kind}"]`).click();
	await expect(page).toHaveURL((url) => url.pathname === '/claims/' && url.search === `?kind=${kind}`);
	expect((await visible()).sort()).toEqual(want(kind));
	await page.getByRole('navigation', { name: 'Show claims by topic' }).locator(`a[data-value="${topic}"]`).click();
	await expect(page).toHaveURL((url) => url.search === `?kind=${kind}&topic=${topic}`);
	const both = want(kind, topic);
	expect(both.length).toBeLessThan(want(kind).length);
	expect((await visible()).sort()).toEqual(both);
	await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
		`Showing ${both.length} of ${data.claims.length} claims, matching every filter chosen.`,
	);
	await expect(page.getByRole('navigation', { name: 'Show claims by topic' }).locator('a[aria-current]')).toHaveAttribute(
		'data-value',
		topic,
	);
	expect(await violations(page)).toEqual([]);

	// A reload keeps the choice; Back undoes the last one.
	await page.reload();
	expect((await visible()).sort()).toEqual(both);
	await page.goBack();
	await expect(page).toHaveURL((url) => url.search === `?kind=${kind}`);
	expect((await visible()).sort()).toEqual(want(kind));
	// "All claims" clears its row only.
	await page
		.getByRole('navigation', { name: 'Show claims by kind' })
		.getByRole('link', { name: /^All claims/ })
		.click();
	expect((await visible()).length).toBe(data.claims.length);
});

test('a kind page does not repeat its kind on every item', async ({ page }) => {
	for (const kind of [...new Set(data.claims.map((c) => c.kind))]) {
		await page.goto(`/claims/kind/${kind}/`);
		await expect(page.locator('.cl-card').first()).toBeVisible();
		await expect(page.locator('.cl-card .cl-kind')).toHaveCount(0);
	}
	// Elsewhere each item says its kind.
	await page.goto('/claims/');
	await expect(page.locator('.cl-card .cl-kind')).toHaveCount(data.claims.length);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('pills and chips stay on one line, and nothing overflows', async ({ page }) => {
		const sample = data.claims.find((c) => c.topics.length > 1 && related.has(c.id)) ?? data.claims[0];
		for (const path of ['/claims/', claimPage(sample?.id ?? '')]) {
			await page.goto(path);
			const wrapped = await page.locator('.cl-topics a, .cl-filter a, .cl-card-tags a').evaluateAll((as) =>
				as.flatMap((a) => {
					const range = document.createRange();
					range.selectNodeContents(a);
					const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					return tops.size > 1 ? [a.textContent?.trim() ?? ''] : [];
				}),
			);
			expect(wrapped, path).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), path).toBe(true);
		}
	});

	test('the kind definitions share one indent', async ({ page }) => {
		await page.goto('/claims/');
		const lefts = await page.locator('.cl-kinds dd').evaluateAll((dds) => dds.map((dd) => Math.round(dd.getBoundingClientRect().left)));
		expect(lefts.length).toBeGreaterThan(1);
		expect(new Set(lefts).size).toBe(1);
	});
});
