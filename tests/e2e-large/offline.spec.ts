import { expect, test } from '@playwright/test';
import { offlineReady } from '../support/offline-journey';

/**
 * The offline companion of a large library (src/offline/service-worker.ts): the
 * shell and the search index are saved on the first visit, and then each page
 * the reader opens; a page never opened says it is not saved.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

test('a large library offline: the shell, search, and what the reader opened; another page says it is not saved', async ({
	context,
	page,
}) => {
	await page.goto('/');
	await offlineReady(page);
	await page.goto('/articles/synthetic-0002/');
	const title = (await page.locator('h1').first().textContent()) ?? '';
	expect(title.length).toBeGreaterThan(3);

	await context.setOffline(true);
	await page.goto('/articles/synthetic-0002/');
	await expect(page.locator('h1').first()).toHaveText(title);
	await page.goto('/');
	await expect(page.locator('h1').first()).not.toHaveText('Not saved for offline reading');
	const word = title.split(/\s+/).find((w) => /^[A-Z][a-z]{4,}$/.test(w)) ?? 'Moscow';
	await page.goto(`/search/?q=${encodeURIComponent(word)}`);
	await expect(page.locator('#search-results a.sr-link').first()).toBeVisible({ timeout: 30_000 });
	await page.goto('/articles/synthetic-0040/');
	await expect(page.locator('h1')).toHaveText('Not saved for offline reading');
});
