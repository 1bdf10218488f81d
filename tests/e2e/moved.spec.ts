import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { DIST } from './pages';

const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const claim = data.claims[0]!;

test.describe('a moved address, where the host has no redirects', () => {
	test('the 404 page forwards a claim’s old citation download to its article’s claims file', async ({ page }) => {
		const [article, name] = claim.id.split('/');
		const forwarded = page.waitForRequest((r) => new URL(r.url()).pathname === `/cite/${article}.claims.ris`);
		await page.goto(`/cite/${article}/${name}.ris`).catch(() => undefined);
		expect(new URL((await forwarded).url()).pathname).toBe(`/cite/${article}.claims.ris`);
	});

	test('any other unknown address stays on the 404 page', async ({ page }) => {
		const missing = `/claims/${claim.article}/no-such-claim/`;
		const response = await page.goto(missing);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.waitForLoadState('networkidle');
		expect(new URL(page.url()).pathname).toBe(missing);
	});
});
