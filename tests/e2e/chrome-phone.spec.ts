import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_IDS } from './pages';

/** A phone: 390×844, touch, no hover (what the keyboard hints are hidden for). */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const box = async (page: Page, selector: string) => {
	const b = await page.locator(selector).first().boundingBox();
	if (!b) throw new Error(`${selector} is not rendered`);
	return b;
};

test.describe('on a phone', () => {
	test.use(PHONE);

	for (const id of ARTICLE_IDS) {
		test(`${id}: one-row header, and paragraph 1 begins on the first screen`, async ({ page }) => {
			await page.goto(`/articles/${id}/`);
			const header = await box(page, 'header.site-header');
			expect(header.height).toBeLessThanOrEqual(64);
			// Name, Search and Menu side by side: each within the header's one row.
			for (const item of ['.site-name', '.search-open', '.menu summary']) {
				const b = await box(page, item);
				expect(b.y + b.height, item).toBeLessThanOrEqual(header.y + header.height);
			}
			await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
			const p1 = await box(page, '#p-1');
			expect(p1.y).toBeLessThan(844);
			// The contents, caption and provenance wait in "About this text", and are there when it opens.
			const folded = page.locator('.about-text > :is(.toc, .caption, .provenance)');
			expect(await folded.count()).toBeGreaterThan(0);
			for (const part of await folded.all()) await expect(part).toBeHidden();
			await page.getByText('About this text').click();
			for (const part of await folded.all()) await expect(part).toBeVisible();
		});
	}

	test('the menu opens by keyboard and holds the nav and the theme switch', async ({ page }) => {
		await page.goto('/about/');
		const nav = page.getByRole('navigation', { name: 'Site' });
		await page.locator('.menu summary').focus();
		await page.keyboard.press('Enter');
		await expect(nav.getByRole('link', { name: 'Claims' })).toBeVisible();
		await expect(nav.getByRole('button', { name: 'Theme: System' })).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Analyses' })).toBeFocused();
		await page.locator('.menu summary').focus();
		await page.keyboard.press('Enter');
		await expect(nav).toBeHidden();
	});

	test('the Search button opens the box, and keyboard hints are not shown on a touch screen', async ({ page }) => {
		await page.goto('/');
		expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
		const input = page.locator('#site-search-q');
		await expect(input).not.toBeInViewport();
		await page.locator('.search-open').click();
		await expect(input).toBeFocused();
		expect((await box(page, '#site-search-q')).width).toBeGreaterThan(300);
		await expect(page.locator('.site-search-key')).toBeHidden();
		await page.goto('/search/');
		await expect(page.locator('#search-form')).toBeVisible();
		await expect(page.locator('.kbd-hint')).toBeHidden();
	});
});

test.describe('on a phone without JavaScript', () => {
	test.use({ ...PHONE, javaScriptEnabled: false });

	test('the menu and the search box still work', async ({ page }) => {
		await page.goto('/');
		await page.locator('.menu summary').click();
		const nav = page.getByRole('navigation', { name: 'Site' });
		await expect(nav.getByRole('link', { name: 'Compare' })).toBeVisible();
		await expect(page.locator('#theme-toggle')).toBeHidden();
		await page.locator('.search-open').click();
		await expect(page.locator('#site-search-q')).toBeFocused();
		await page.keyboard.type('Bordyuzha');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=Bordyuzha$/);
	});
});

test.describe('on a desktop', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the header is two rows at most (name and search; every part of the site), the "/" hint shows, the theme button says what it is', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.locator('.menu summary')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await expect(page.locator('#site-search-q')).toBeVisible();
		await expect(page.locator('.site-search-key')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible();
		expect((await box(page, 'header.site-header')).height).toBeLessThanOrEqual(110);
	});

	for (const id of ARTICLE_IDS) {
		test(`${id}: "About this text" folds only on a phone; here its contents are simply there`, async ({ page }) => {
			await page.goto(`/articles/${id}/`);
			await expect(page.getByText('About this text')).toBeHidden();
			await expect(page.getByText('How we know this')).toBeVisible();
			const parts = page.locator('.about-text > :is(.toc, .caption, .provenance)');
			expect(await parts.count()).toBeGreaterThan(0);
			for (const part of await parts.all()) await expect(part).toBeVisible();
		});
	}
});

test.describe('on a desktop without JavaScript', () => {
	test.use({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });

	test('no "/" hint, since the shortcut needs JavaScript', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('#site-search-q')).toBeVisible();
		await expect(page.locator('.site-search-key')).toBeHidden();
	});
});
