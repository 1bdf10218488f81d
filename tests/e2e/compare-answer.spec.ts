import { expect, test } from '@playwright/test';
import { comparisonCounts } from './compare-counts';
import { SCHEMES, violations } from './axe';
import { DIST } from './pages';

/** The counts /compare/ must lead with, from the built site's claims.json and each relation type's stance. */
const counts = comparisonCounts(DIST);

for (const [width, height] of [
	[1280, 800],
	[390, 844],
] as const) {
	test(`at ${width} × ${height}, the first screen says where the authors agree, differ, and what only one says, with counts`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/compare/');
		const groups = page.locator('.cmp-answer li');
		await expect(groups).toHaveCount(3);
		const heads = await groups.locator('h3').allTextContents();
		expect(heads.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
			`${counts.agree} Agree`,
			`${counts.differ} Differ`,
			`${counts.only} Only one says`,
		]);
		for (const group of await groups.all()) {
			const box = await group.boundingBox();
			// The whole group, its line included, above the fold (the phone's third group at least starts there).
			expect(box && (width > 500 ? box.y + box.height : box.y)).toBeLessThanOrEqual(height);
			await expect(group.locator('p')).not.toBeEmpty();
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	});
}

test('an empty group says so, and each group links to its evidence on the page', async ({ page }) => {
	await page.goto('/compare/');
	const differ = page.locator('.cmp-answer-differ');
	if (counts.differ === 0) await expect(differ.locator('p')).toContainText('None marked yet');
	for (const link of await page.locator('.cmp-answer a').all()) {
		const id = ((await link.getAttribute('href')) ?? '').slice(1);
		await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
	}
	await expect(page.locator('a.cmp-to-map').first()).toHaveText('Back to the table of pairs');
});

test('every link is a 24 × 24 px target at 800 px, light and dark', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 800, height: 900 });
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/compare/');
		expect(await violations(page), scheme).toEqual([]);
	}
});
