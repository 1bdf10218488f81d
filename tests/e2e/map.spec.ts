import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { SCHEMES, violations } from './axe';
import { DIST } from './pages';

/** What the map must show, from the built site's own claims.json. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const articleOf = (ref: string) => ref.split('/')[0] ?? '';
const across = data.relations.filter((r) => articleOf(r.from) !== articleOf(r.to));
const opacity = (page: Page, sel: string) => page.locator(sel).evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).opacity)));

test.describe('the map at 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('is one picture at most 1,000 px tall, a symbol per relation between the texts', async ({ page }) => {
		await page.goto('/map/');
		const box = await page.locator('figure.pm').boundingBox();
		expect(box?.height ?? Infinity).toBeLessThanOrEqual(1000);
		await expect(page.locator('a.pm-sym')).toHaveCount(across.length);
		await expect(page.getByRole('table', { name: /relations of the map/ }).locator('tbody tr')).toHaveCount(data.relations.length);
	});

	test('a claim-by-claim map is one link away: a claim in the relations list opens its page with its map', async ({ page }) => {
		await page.goto('/map/');
		await expect(page.locator('.cmp-lede')).toContainText('claim-by-claim map');
		await page.locator('#map-relations a[href*="/claims/"]').first().click();
		await expect(page).toHaveURL(/\/claims\/[^/]+\/[^/]+\/$/);
		const map = page.locator('figure.map svg[role="group"]');
		await expect(map).toBeVisible();
		expect(await map.locator('[aria-label]').count()).toBeGreaterThan(1);
	});

	test('hovering a relation, or focusing a paragraph, fades what is not connected to it', async ({ page }) => {
		await page.goto('/map/');
		expect(new Set(await opacity(page, 'a.pm-sym'))).toEqual(new Set([1]));
		const first = page.locator('a.pm-sym').first();
		await first.hover();
		await expect.poll(async () => (await opacity(page, 'a.pm-sym:not(:hover)')).every((o) => o < 0.5)).toBe(true);
		expect(await first.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
		await page.mouse.move(0, 0);
		const l = await first.getAttribute('data-l');
		await page.locator(`th[data-l="${l}"] a`).focus();
		await expect
			.poll(async () => {
				const row = await opacity(page, `a.pm-sym[data-l="${l}"]`);
				const rest = await opacity(page, `a.pm-sym:not([data-l="${l}"])`);
				return row.every((o) => o === 1) && rest.every((o) => o < 0.5);
			})
			.toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the same table, nothing faded, each symbol leading to its evidence', async ({ page }) => {
		await page.goto('/map/');
		await page.locator('a.pm-sym').first().hover();
		expect(new Set(await opacity(page, 'a.pm-sym'))).toEqual(new Set([1]));
		const href = (await page.locator('a.pm-sym').first().getAttribute('href')) ?? '';
		await page.locator('a.pm-sym').first().click();
		await expect(page.locator(`li.cmp-row${href.slice(href.indexOf('#'))}`)).toBeInViewport();
	});
});

test('on a phone, no text under 11 px and no sideways scroll', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/map/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const small = await page.locator('main *').evaluateAll((els) =>
		els
			.filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()))
			.filter((el) => el.checkVisibility() && parseFloat(getComputedStyle(el).fontSize) < 11)
			.map((el) => el.textContent),
	);
	expect(small).toEqual([]);
});

for (const scheme of SCHEMES) {
	test(`axe: phone and desktop, a relation in focus, ${scheme}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/map/');
			await page.locator('a.pm-sym').first().focus();
			expect(await violations(page), `${width}`).toEqual([]);
		}
	});
}

test('the map prints whole', async ({ page }) => {
	await page.goto('/map/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('a.pm-sym').first()).toBeVisible();
});
