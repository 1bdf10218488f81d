import { expect, test } from '@playwright/test';
import { resultPlaces } from './search-page';

/** Search, the highlight chip and "← Back" under odd input (robustness review, failures 9, 10, 11 and 13). */

for (const extra of ['&kind=Report', '&mentions=Petrov', '&date=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']) {
	test(`a filter passages mode does not offer (${extra}) hides nothing: the results show`, async ({ page }) => {
		await page.goto(`/search/?q=bloc${extra}`);
		const summary = page.locator('#search-summary');
		await expect(summary).toContainText('for “bloc”');
		await expect(summary).not.toContainText('filtered');
		expect((await resultPlaces(page)).length).toBeGreaterThan(0);
		await expect(page.getByText(/Filters \(\d+ on\)/)).toHaveCount(0);
	});
}

test('claims mode: an unknown date filter is dropped, the claims show', async ({ page }) => {
	await page.goto('/search/?q=bloc&mode=claims&date=x');
	const summary = page.locator('#search-summary');
	await expect(summary).toContainText('for “bloc”');
	await expect(summary).not.toContainText('filtered');
});

test('a 100 KB query is cut to 30 words before it is searched, and the page answers', async ({ page }) => {
	const words = Array.from({ length: 12_000 }, (_, i) => `qz${i}v`).join(' ');
	// No ordinary server takes a 100 KB request line: the page is served from the built site as it is.
	await page.route(/\/search\/\?q=qz0v/, async (route) => route.fulfill({ response: await page.request.fetch('/search/') }));
	await page.goto(`/search/?q=${encodeURIComponent(words)}`);
	const summary = page.locator('#search-summary');
	await expect(summary).toContainText('for “qz0v qz1v');
	const shown = (await summary.textContent()) ?? '';
	expect(shown).toContain('qz29v');
	expect(shown).not.toContain('qz30v');
	expect((await page.locator('#search-q').inputValue()).split(' ')).toHaveLength(30);
});

test('the highlight chip isolates each reader value: a right-to-left override stays inside it', async ({ page }) => {
	await page.goto(`/articles/beta-2010/?highlight=%E2%80%AEbloc&highlight=${'x'.repeat(90)}`);
	const chip = page.locator('.highlight-chip');
	await expect(chip).toBeVisible();
	const own = chip.locator('bdi');
	await expect(own.first()).toHaveText('\u202Ebloc');
	await expect(own.filter({ hasText: 'xxxx' })).toHaveCount(1);
	// The site's words are outside every <bdi>.
	expect(await chip.evaluate((c) => [...c.querySelectorAll('bdi')].some((b) => /highlight/i.test(b.textContent ?? '')))).toBe(false);
});

test('an empty ?highlight= shows no chip', async ({ page }) => {
	await page.goto('/articles/alpha-2009/?highlight=');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('#p-1')).toBeVisible();
	await expect(page.locator('.highlight-chip')).toHaveCount(0);
});

test('"← Back" never returns to a look-alike page on another origin', async ({ page, baseURL }) => {
	const target = `${baseURL}/articles/alpha-2009/?from=/claims/beta-2010/declaration-signed/#claim-accord-planned`;
	const elsewhere = new URL('/articles/beta-2010/', baseURL);
	elsewhere.hostname = 'localhost';
	await page.route(elsewhere.href, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><meta name="referrer" content="unsafe-url"><title>Look-alike</title><a href="${target}">go</a>`,
		}),
	);
	await page.goto(elsewhere.href);
	await page.getByRole('link', { name: 'go' }).click();
	const back = page.getByRole('link', { name: /^← Back to Beta ¶\d+$/ });
	await expect(back).toBeVisible();
	await back.click();
	await expect(page).toHaveURL(`${baseURL}/articles/beta-2010/#claim-declaration-signed`);
	await expect(page).not.toHaveTitle('Look-alike');
});
