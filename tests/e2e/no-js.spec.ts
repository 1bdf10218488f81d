import { expect, test } from '@playwright/test';
import { expectedBodyBlocks, readArticle } from '../support/capture';
import { ARTICLE_IDS } from './pages';

test.use({ javaScriptEnabled: false });

for (const id of ARTICLE_IDS) {
	test(`${id} reads in full without JavaScript`, async ({ page }) => {
		const { blocks } = expectedBodyBlocks(readArticle(id));
		await page.goto(`/articles/${id}/`);
		const headings = await page.locator('.prose h2').allTextContents();
		// The author's paragraphs, not the claim notes set beside them.
		const paragraphs = page.locator('.prose p[id^="p-"], .prose .author-note p');
		await expect(paragraphs).toHaveCount(blocks.length - headings.length);
		for (const heading of headings) expect(blocks).toContain(heading);
		await expect(paragraphs.last()).toBeVisible();
		// The theme switch needs JavaScript, so it stays out of the way.
		await expect(page.locator('#theme-toggle')).toBeHidden();
	});
}

test('dark mode follows the system without JavaScript', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`/articles/${ARTICLE_IDS[0]}/#p-3`);
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
	await expect(page.locator('#p-3')).toBeInViewport();
});
