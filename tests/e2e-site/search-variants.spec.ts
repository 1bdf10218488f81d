import { expect, test, type Page } from '@playwright/test';
import { openSearch, resultPlaces } from '../e2e/search-page';

// The real site's smoke: NATO's two spellings are a content decision (content/entities.yaml), made for these texts.
const MCD = '/articles/mcdermott-2009/';
const BLANK = '/articles/blank-2010/';

/** The marks landed on in a paragraph, as the reader sees them. */
const marked = (page: Page, paragraph: string) => page.locator(`${paragraph} mark.pagefind-highlight`).allTextContents();

test('a search for “peacekeeping” lands on Blank’s “peace-keeping” with the word marked', async ({ page }) => {
	await openSearch(page, 'peacekeeping');
	const link = page.locator(`#search-results a.sr-link[href^="${BLANK}"][href$="#p-7"]`);
	await expect(link).toHaveCount(1);
	await link.click();
	await expect(page).toHaveURL(/\/articles\/blank-2010\/\?highlight=/);
	await expect(page.locator('#p-7 mark.pagefind-highlight').first()).toBeVisible();
	expect(await marked(page, '#p-7')).toEqual(['peace-keeping']);
});

test('“NATO recognition” finds Blank ¶4, which spells out the North Atlantic Treaty Organization, and marks the name there', async ({
	page,
}) => {
	await openSearch(page, 'NATO recognition');
	expect(await resultPlaces(page)).toContain(`${BLANK}#p-4`);
	await page.locator(`#search-results a.sr-link[href^="${BLANK}"][href$="#p-4"]`).click();
	await expect(page.locator('#p-4 mark.pagefind-highlight').first()).toBeVisible();
	const words = await marked(page, '#p-4');
	expect(words.join(' ')).toMatch(/North Atlantic Treaty Organization/);
	expect(words).toContain('recognition');
});

test('“North Atlantic Treaty Organization” finds the passages that say NATO, in both texts', async ({ page }) => {
	await openSearch(page, 'North Atlantic Treaty Organization');
	const places = await resultPlaces(page);
	expect(places).toContain(`${BLANK}#p-4`);
	// McDermott never spells it out: every passage of his found says NATO.
	const his = places.filter((p) => p.startsWith(MCD));
	expect(his.length).toBeGreaterThan(0);
	await page.locator(`#search-results a.sr-link[href^="${MCD}"]`).first().click();
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	expect(await page.locator('mark.pagefind-highlight').allTextContents()).toContain('NATO');
});
