import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ClaimsJson } from '../../src/graph/to-json';
import { DIST } from './pages';

/** What the map must show, from the built site's own claims.json. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;

test.describe('the claim map, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows a box per claim and a line per relation, and the relations in words', async ({ page }) => {
		await page.goto('/map/');
		const svg = page.getByRole('group', { name: /mapped/ });
		await expect(svg).toBeVisible();
		await expect(page.locator('svg a.map-node')).toHaveCount(data.claims.length);
		await expect(page.locator('svg g.map-edge')).toHaveCount(data.relations.length);
		await expect(page.getByRole('table', { name: /relations of the map/ }).locator('tbody tr')).toHaveCount(data.relations.length);
	});

	test('opens a claim from its box, by keyboard', async ({ page }) => {
		const claim = data.claims.find((c) => data.relations.some((r) => r.from === c.id)) ?? data.claims[0];
		if (!claim) throw new Error('no claim in claims.json');
		await page.goto('/map/');
		const box = page.getByRole('link', { name: claim.summary, exact: false }).and(page.locator('a.map-node'));
		await box.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/$`));
		// The claim page maps its neighbourhood, the claim itself marked as the current one.
		await expect(page.locator('svg a.map-node[aria-current="page"]')).toHaveAttribute('data-claim', claim.id);
	});
});

test('the map prints whole, each line still there', async ({ page }) => {
	await page.goto('/map/');
	await page.emulateMedia({ media: 'print' });
	const box = await page.locator('svg.map-svg').boundingBox();
	expect(box?.width ?? 0).toBeGreaterThan(300);
	await expect(page.locator('svg g.map-edge path').first()).toBeVisible();
});
