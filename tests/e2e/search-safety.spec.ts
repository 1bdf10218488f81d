import { expect, test } from '@playwright/test';
import { ALPHA, BETA, openSearch } from './search-page';

test.describe('a query is text, never markup', () => {
	const QUERIES = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)> Ledger'];

	for (const q of QUERIES) {
		test(`${q} shows as text and runs nothing`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			// Through the URL…
			await openSearch(page, q);
			await expect(page.locator('#search-summary')).toContainText(`for “${q}”`);
			// …and typed into the header box of another page.
			await page.goto('/about/');
			await page.locator('#site-search-q').fill(q);
			await expect(page.locator('.site-search-summary')).toContainText(`for “${q}”`);
			await page.waitForTimeout(300);
			expect(dialogs).toEqual([]);
			const injected = await page.evaluate(
				() =>
					document.querySelectorAll(
						'main img, header img, header svg, #search-results script, .site-search-panel script, .site-search-panel svg',
					).length,
			);
			expect(injected).toBe(0);
		});
	}

	test('the title of the page shows the query as text', async ({ page }) => {
		await openSearch(page, '<b>Ledger</b>');
		await expect(page).toHaveTitle(/^“<b>Ledger<\/b>” · Search/);
		await expect(page.locator('#search-summary b')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs JavaScript and points to the claims index', async ({ page }) => {
		await page.goto('/search/?q=petrov');
		const message = page.locator('.search-nojs');
		await expect(message).toBeVisible();
		await expect(message).toContainText('Search needs JavaScript');
		await expect(message.getByRole('link', { name: 'claims index' })).toHaveAttribute('href', '/claims/');
		await expect(page.locator('#search-form')).toBeHidden();
	});

	test('the header box is a form that opens the search page', async ({ page }) => {
		await page.goto(BETA);
		await page.locator('#site-search-q').fill('petrov');
		await page.locator('#site-search-q').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=petrov$/);
		await expect(page.locator('.search-nojs')).toBeVisible();
	});
});

test('nothing of search loads on a reading page until the reader uses the box', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto(ALPHA);
	await page.waitForLoadState('networkidle');
	expect(requested.filter((p) => p.startsWith('/pagefind/') || /search/.test(p))).toEqual([]);
	await page.locator('#site-search-q').focus();
	await expect.poll(() => requested.some((p) => p.startsWith('/pagefind/pagefind.js'))).toBe(true);
	expect(requested.some((p) => /search-dropdown/.test(p))).toBe(true);
	// The highlighter is loaded only for a page opened from a result.
	expect(requested.some((p) => p.endsWith('pagefind-highlight.js'))).toBe(false);
});
