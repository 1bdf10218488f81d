import { expect, test, type Page } from '@playwright/test';

/**
 * One reader, keyboard only: home → article → claim → related claim →
 * search → result → back. Every stop is reached with Tab (never a click or a
 * jump by selector), and every element that takes focus on the way must show
 * a visible focus indicator. On the fixture site (tests/fixtures/content/): Alpha's accord-planned,
 * the Beta claim that reports its outcome, and "outflanked", a word only Beta's last paragraph has.
 */

/** Presses Tab until the focused element matches `selector`; fails if it is not reached in `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate((sel) => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return { matches: false, visible: true, what: 'body' };
			const style = getComputedStyle(el);
			// A focus ring is an outline or a box-shadow; an invisible one fails WCAG 2.4.7.
			const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
			return { matches: el.matches(sel), visible, what: el.outerHTML.slice(0, 120) };
		}, selector);
		expect(focus.visible, `focus is not visible on ${focus.what}`).toBe(true);
		if (focus.matches) return;
	}
	throw new Error(`${limit} presses of Tab never reached ${selector} on ${page.url()}`);
}

test('keyboard only: home → article → claim → related claim → search → result → back', async ({ page }) => {
	await page.goto('/');

	await tabTo(page, 'main a[href="/articles/alpha-2009/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/alpha-2009\/$/);

	// The claim's note opens from its box (kind, who speaks); its "Claim page" link comes after its relations in reading order.
	const note = '.claim-note:has(a[href="/claims/alpha-2009/accord-planned/"])';
	await tabTo(page, `${note} input`);
	await page.keyboard.press('Space');
	await expect(page.locator(`${note} .claim-summary`)).toBeVisible();
	await tabTo(page, `${note} a[href="/claims/alpha-2009/accord-planned/"]`);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/claims\/alpha-2009\/accord-planned\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('The bloc hopes to sign an accord with the UN within 18 months');

	// The relation to Beta's report of the outcome.
	await tabTo(page, 'a.cl-relation-page[href="/claims/beta-2010/declaration-signed/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/claims\/beta-2010\/declaration-signed\/$/);
	await expect(page.locator('main')).toContainText('declaration');

	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('outflanked');
	const first = page.locator('.site-search-panel a.sr-link').first();
	await expect(first).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/beta-2010\/\?highlight=outflanked#p-11$/);
	await expect(page.locator('#p-11 mark.pagefind-highlight')).toBeInViewport();

	// The browser's Back returns to the related claim, where the journey left it.
	await page.goBack();
	await expect(page).toHaveURL(/\/claims\/beta-2010\/declaration-signed\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
