import { expect, test } from '@playwright/test';

/**
 * The timeline as a reader sees it, on the fixture site (tests/fixtures/content/events.yaml): both
 * texts' events in order, each at the precision its text gives, the two publications among them.
 */
test.describe('timeline', () => {
	test('dated events in order, with both publications and each date’s precision and basis', async ({ page }) => {
		await page.goto('/timeline/');
		const items = page.locator('#dated + ol > li');
		const texts = await items.allTextContents();
		const at = (needle: string) => texts.findIndex((t) => t.includes(needle));
		expect(at('2007')).toBe(0);
		expect(at('Spring 2009')).toBeGreaterThan(at('August 2008'));
		expect(at('Alpha’s analysis is published')).toBeGreaterThan(at('16 October 2009'));
		expect(at('March 2010')).toBeGreaterThan(at('Alpha’s analysis is published'));
		expect(at('Beta’s analysis is published')).toBe(texts.length - 1);
		// Precision and how it is known, in words; our sources' fact apart from the text's, with no repository file name.
		await expect(page.locator('main')).not.toContainText('SOURCES.md');
		await expect(items.filter({ hasText: 'March 2010' })).toContainText('(to the month; the year inferred from the publication date)');
		await expect(items.filter({ hasText: 'March 2010' })).toContainText(
			'From our sources, not in the text: the bloc’s council met in the capital on 2 March 2010.',
		);
		await expect(items.filter({ hasText: 'Spring 2009' })).toContainText('(to the season; stated in the text)');
	});

	test('relative and undated events have their own sections, placed against what they depend on', async ({ page }) => {
		await page.goto('/timeline/');
		const relative = page.locator('#relative + ul > li');
		await expect(relative.filter({ hasText: '“recent”: before' })).toContainText('Beta’s publication (2010 (on or after 7 April))');
		await page
			.getByRole('link', { name: /^Alpha’s publication/ })
			.first()
			.click();
		await expect(page.locator('#pub-alpha-2009')).toBeInViewport();
		await expect(page.getByRole('heading', { name: /^Reported by Beta .* without a date$/ })).toBeVisible();
	});

	test('an event links to its passage, the words highlighted there', async ({ page }) => {
		await page.goto('/timeline/');
		await page.locator('#e-reaction-force-set-up').getByRole('link', { name: '¶ 7' }).click();
		await expect(page).toHaveURL(/\/articles\/alpha-2009\/\?highlight=.*#p-7$/);
		await expect(page.locator('#p-7 mark.pagefind-highlight').first()).toBeVisible();
		await expect(page.locator('.highlight-chip')).not.toContainText(/ot highlighted/);
	});
});
