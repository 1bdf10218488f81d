import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { ARTICLE_IDS, DIST } from './pages';

const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const firstClaim = data.claims[0];
if (!firstClaim) throw new Error('claims.json lists no claims');
const PRINTED = ['/', '/about/', ...ARTICLE_IDS.map((id) => `/articles/${id}/`), `/claims/${firstClaim.id}/`, '/compare/'];

for (const path of PRINTED) {
	test(`print: ${path} has no relative or doubled link stubs, no download row, no header`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		const stubs = await page.locator('main a[href]').evaluateAll((links) =>
			links.flatMap((a) => {
				const after = getComputedStyle(a, '::after').content;
				if (after === 'none' || after === 'normal' || !after.includes('<')) return [];
				const href = a.getAttribute('href') ?? '';
				const doubled = (a.textContent ?? '').trim() === href;
				return /^https?:/.test(href) && !doubled ? [] : [`${href} ${after}`];
			}),
		);
		expect(stubs).toEqual([]);
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.locator('.cite-downloads')).toBeHidden();
		expect(await page.locator('.cite:visible').count()).toBeLessThanOrEqual(1);
	});
}

for (const id of ARTICLE_IDS) {
	test(`print: ${id} keeps its paragraph numbers, small, in the left margin`, async ({ page }) => {
		await page.goto(`/articles/${id}/`);
		await page.emulateMedia({ media: 'print' });
		const pnum = page.locator('#p-1 .pnum');
		await expect(pnum).toBeVisible();
		await expect(pnum).toHaveText('1');
		// The screen's controls stay off paper.
		await expect(page.locator('#claims-mode, #theme-toggle')).toHaveCount(2);
		for (const control of await page.locator('#claims-mode, #theme-toggle').all()) await expect(control).toBeHidden();
		const [num, text] = await Promise.all([pnum.boundingBox(), page.locator('.prose').boundingBox()]);
		expect(num && text && num.x + num.width).toBeLessThanOrEqual(text?.x ?? 0);
		expect(await pnum.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(14);
		// The citation's link text is its address: printed once.
		const cited = page.locator('.citation a').first();
		expect(await cited.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^(none|normal)$/);
	});
}
