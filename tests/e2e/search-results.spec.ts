import { expect, test } from '@playwright/test';
import { SCHEMES, violations } from './axe';
import { ALPHA_TITLE, BETA_TITLE, openSearch } from './search-page';

test.describe('results a reader can scan', () => {
	test('passages grouped by article: title, author and date once, then its passages in the text’s order', async ({ page }) => {
		await openSearch(page, 'bloc');
		const groups = page.locator('#search-results > li.sr-group');
		await expect(groups).toHaveCount(2);
		// Either article may come first (its best passage decides); each is there once.
		expect((await groups.locator('h2').allInnerTexts()).sort()).toEqual([BETA_TITLE, ALPHA_TITLE].sort());
		const metas = await groups.locator(':scope > .sr-meta').allInnerTexts();
		expect(metas.find((m) => m.startsWith('Bea Beta'))).toMatch(/^Bea Beta · 2010 · \d+ passages?$/);
		expect(metas.find((m) => m.startsWith('Ann Alpha'))).toMatch(/^Ann Alpha · October 2009 · \d+ passages?$/);
		for (const group of await groups.all()) {
			const anchors = await group.locator('a.sr-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
			const numbers = anchors.filter((h) => /^#p-\d+$/.test(h)).map((h) => Number(h.slice(3)));
			expect(numbers.length).toBeGreaterThan(0);
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		}
	});

	test('an excerpt cut from its paragraph says so with “…”; one that is not reads as whole sentences', async ({ page }) => {
		// "bloc" is in six paragraphs, one of them (Beta ¶ 4) longer than an excerpt.
		await openSearch(page, 'bloc');
		const excerpts = await page.locator('#search-results .sr-excerpt').allInnerTexts();
		expect(excerpts.length).toBeGreaterThan(3);
		expect(excerpts.some((e) => e.startsWith('…') || e.endsWith('…'))).toBe(true);
		for (const e of excerpts) {
			if (!e.startsWith('…')) expect(e, e).toMatch(/^[\p{Lu}“"‘(\d]/u);
			if (!e.endsWith('…')) expect(e, e).toMatch(/[.?!”"’)]$/u);
		}
	});

	test('a facet shows only when it would narrow: with both articles, only “Article”; with one, none', async ({ page }) => {
		await openSearch(page, 'bloc');
		await expect(page.locator('#search-facets legend')).toHaveText(['Article']);
		await openSearch(page, 'Eastport');
		await expect(page.locator('#search-filters')).toBeHidden();
	});

	for (const scheme of SCHEMES) {
		test(`axe: grouped results, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await openSearch(page, 'capital');
			await expect(page.locator('#search-results > li.sr-group').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});

test('a relayed claim found by search says whose it is, in the claim page’s words', async ({ page }) => {
	await openSearch(page, 'Petroff', '&mode=claims');
	const meta = page.locator('#search-results li:has(a.sr-link[href*="/claims/beta-2010/declaration-signed/"]) .sr-meta');
	await expect(meta).toHaveText(`Claim by Bea Beta, reporting Ivan Petroff in ${BETA_TITLE} · The accord`);
	await expect(meta.locator('.sr-source')).toHaveText('Ivan Petroff');
});
