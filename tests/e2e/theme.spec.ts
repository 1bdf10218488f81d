import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_IDS } from './pages';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system theme when nothing is chosen', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	expect(await background(page)).toBe('rgb(21, 23, 27)');
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(page)).toBe('rgb(251, 250, 247)');
});

test('the switch changes the theme and the choice persists across pages', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: /^Theme:/ });
	await expect(toggle).toHaveText('Theme: System');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: Light');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: Dark');
	expect(await background(page)).toBe('rgb(21, 23, 27)');
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	expect(await background(page)).toBe('rgb(21, 23, 27)');
	await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: Dark');
});

test('a remembered theme is applied before the first paint', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('theme', 'dark');
		// Record the theme at the first moment the body exists, before any paint.
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { firstTheme: string | null }).firstTheme = document.documentElement.getAttribute('data-theme');
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/about/');
	expect(await page.evaluate(() => (window as unknown as { firstTheme: string | null }).firstTheme)).toBe('dark');
});
