import { expect, test } from '@playwright/test';
import { ARTICLE_IDS } from './pages';

/** What a reader sees before scrolling, measured at the desktop size the review used. */
test.describe('1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	for (const id of ARTICLE_IDS) {
		test(`${id}: the text starts on the first screen, two lines of ¶1 at least`, async ({ page }) => {
			await page.goto(`/articles/${id}/`);
			const top = await page.locator('#p-1').evaluate((el) => el.getBoundingClientRect().top);
			const line = await page.locator('#p-1').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
			expect(top + 2 * line).toBeLessThanOrEqual(800);
		});
	}
});
