import { expect, test } from '@playwright/test';
import { comparisonCounts } from './compare-counts';
import { SCHEMES, violations } from './axe';
import { ARTICLE_IDS, DIST } from './pages';

/** The counts the Compare door must show, from the built claims.json and each relation type's stance. */
const counts = comparisonCounts(DIST);
const PARTS = ['/compare/', '/map/', '/claims/', '/entities/', '/timeline/', '/notes/', '/about/'];

test.describe('1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('three doors: Read (the texts), Compare (live counts), Explore (map, timeline, names, notes), across the width', async ({
		page,
	}) => {
		await page.goto('/');
		const doors = page.locator('.door');
		await expect(doors.locator('h2')).toHaveText(['Read', 'Compare', 'Explore']);
		for (const id of ARTICLE_IDS) await expect(doors.nth(0).locator(`a[href="/articles/${id}/"]`)).toHaveCount(1);
		await expect(doors.nth(1).locator('.door-counts li')).toHaveText([
			`${counts.agree} agree`,
			`${counts.differ} differ`,
			`${counts.only} only one says`,
		]);
		for (const path of ['/map/', '/timeline/', '/entities/', '/notes/'])
			await expect(doors.nth(2).locator(`a[href="${path}"]`)).toHaveCount(1);
		// No empty half: the doors reach the right of the page, and all three start on the first screen.
		const last = await doors.nth(2).boundingBox();
		expect((last?.x ?? 0) + (last?.width ?? 0)).toBeGreaterThan(1000);
		for (const door of await doors.all()) expect((await door.boundingBox())?.y ?? Infinity).toBeLessThan(800);
		// The how-to lives on About.
		await expect(page.getByRole('heading', { name: 'How to use this site' })).toHaveCount(0);
	});

	test('the header reaches every part of the site', async ({ page }) => {
		await page.goto('/articles/alpha-2009/');
		const nav = page.getByRole('navigation', { name: 'Site' });
		for (const path of PARTS) await expect(nav.locator(`a[href="${path}"]`)).toBeVisible();
	});
});

test('on a phone the menu reaches every part of the site, and nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.getByText('Menu').click();
	const nav = page.getByRole('navigation', { name: 'Site' });
	for (const path of PARTS) await expect(nav.locator(`a[href="${path}"]`)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const scheme of SCHEMES) {
	test(`axe: the home page at 390 and 1280, ${scheme}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/');
			expect(await violations(page), `${width}`).toEqual([]);
		}
	});
}
