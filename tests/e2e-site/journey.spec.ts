import { expect, test, type Page } from '@playwright/test';

/**
 * One reader, keyboard only: home → article → claim → related claim →
 * search → result → back. Every stop is reached with Tab (never a click or a
 * jump by selector), and every element that takes focus on the way must show
 * a visible focus indicator.
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

	await tabTo(page, 'main a[href="/articles/mcdermott-2009/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/mcdermott-2009\/$/);

	// The claim's note opens from its box (kind, who speaks); its "Claim page" link comes after its relations in reading order.
	const note = '.claim-note:has(a[href="/claims/mcdermott-2009/un-agreement-planned/"])';
	await tabTo(page, `${note} input`);
	await page.keyboard.press('Space');
	await expect(page.locator(`${note} .claim-summary`)).toBeVisible();
	await tabTo(page, `${note} a[href="/claims/mcdermott-2009/un-agreement-planned/"]`);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/claims\/mcdermott-2009\/un-agreement-planned\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('agreement within 18 months with the United Nations');

	// The relation to Blank's report of the outcome.
	await tabTo(page, 'a.cl-relation-page[href="/claims/blank-2010/bordyuzha-announced-cooperation/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/claims\/blank-2010\/bordyuzha-announced-cooperation\/$/);
	await expect(page.locator('main')).toContainText('Bordyuzha');

	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('snookered');
	const first = page.locator('.site-search-panel a.sr-link').first();
	await expect(first).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/blank-2010\/\?highlight=snookered#p-9$/);
	await expect(page.locator('#p-9 mark.pagefind-highlight')).toBeInViewport();

	// The browser's Back returns to the related claim, where the journey left it.
	await page.goBack();
	await expect(page).toHaveURL(/\/claims\/blank-2010\/bordyuzha-announced-cooperation\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
