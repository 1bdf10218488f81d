import { expect, test } from '@playwright/test';

test.describe('a moved address, where the host has no redirects', () => {
	test('the 404 page forwards a claim’s old citation download to its article’s claims file', async ({ page }) => {
		const forwarded = page.waitForRequest((r) => new URL(r.url()).pathname === '/cite/blank-2010.claims.ris');
		await page.goto('/cite/blank-2010/ban-snookered.ris').catch(() => undefined);
		expect(new URL((await forwarded).url()).pathname).toBe('/cite/blank-2010.claims.ris');
	});

	test('any other unknown address stays on the 404 page', async ({ page }) => {
		const response = await page.goto('/claims/blank-2010/no-such-claim/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.waitForLoadState('networkidle');
		expect(new URL(page.url()).pathname).toBe('/claims/blank-2010/no-such-claim/');
	});
});
