import { expect, test, type Page } from '@playwright/test';

/** A claim's note on its reading page: the one whose "Claim page" link names it. */
const noteOf = (page: Page, ref: string) =>
	page.locator('details.claim-note', { has: page.locator(`.claim-actions a[href="/claims/${ref}/"]`) });

const highlighted = (page: Page, id: string) =>
	page
		.locator(`#${id}`)
		.evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)' && getComputedStyle(el).outlineStyle !== 'none');

test('a relation leads from McDermott to Blank and back', async ({ page }) => {
	await page.goto('/articles/mcdermott-2009/');
	const note = noteOf(page, 'mcdermott-2009/un-agreement-planned');
	await note.locator('summary').click();
	await note.locator('.claim-relations a[href="/articles/blank-2010/#claim-bordyuzha-announced-cooperation"]').click();
	await expect(page).toHaveURL(/\/articles\/blank-2010\/#claim-bordyuzha-announced-cooperation$/);
	await expect(page.locator('#claim-bordyuzha-announced-cooperation')).toBeInViewport();
	expect(await highlighted(page, 'claim-bordyuzha-announced-cooperation')).toBe(true);

	const back = noteOf(page, 'blank-2010/bordyuzha-announced-cooperation');
	await back.locator('summary').click();
	// The chip is the relation's short form, and the other claim is named by its author's label and paragraph.
	const toMcDermott = back.locator('.claim-relations a[href="/articles/mcdermott-2009/#claim-un-agreement-planned"]');
	await expect(
		back
			.locator('.claim-relations li', { has: page.locator('a[href="/articles/mcdermott-2009/#claim-un-agreement-planned"]') })
			.locator('.relation'),
	).toHaveText('outcome of');
	// A chip names the other claim by its author and paragraph; its preview shows the summary.
	await expect(toMcDermott).toHaveText(/^McDermott ¶\d+$/);
	await toMcDermott.click();
	await expect(page).toHaveURL(/\/articles\/mcdermott-2009\/#claim-un-agreement-planned$/);
	await expect(page.locator('#claim-un-agreement-planned')).toBeInViewport();
});

test('the inverse of a relation declared on Blank shows on McDermott', async ({ page }) => {
	await page.goto('/articles/mcdermott-2009/');
	const note = noteOf(page, 'mcdermott-2009/un-agreement-planned');
	await note.locator('summary').click();
	await expect(note.locator('.relation', { hasText: /^outcome in$/ })).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test('a claim permalink lands on the claim, highlighted', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto('/articles/blank-2010/#claim-forces-beyond-borders');
			const mark = page.locator('#claim-forces-beyond-borders');
			await expect(mark).toBeInViewport();
			expect(await highlighted(page, 'claim-forces-beyond-borders')).toBe(true);
			// Only the target is highlighted.
			expect(await highlighted(page, 'claim-nato-refused-recognition')).toBe(false);
		});
	});
}

test('the claim notes open with the keyboard, in reading order after their paragraph', async ({ page }) => {
	await page.goto('/articles/blank-2010/#p-4');
	// From the paragraph number of p-4, the next stops are that paragraph's notes.
	await page.locator('#p-4 .pnum').focus();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveJSProperty('tagName', 'SUMMARY');
	const note = page.locator('details.claim-note', { has: focused });
	await expect(note.locator('.claim-actions a')).toHaveAttribute('href', /^\/claims\/blank-2010\//);
	await page.keyboard.press('Enter');
	await expect(note).toHaveAttribute('open', '');
	await expect(note.locator('.claim-actions a')).toBeVisible();
});

test('a preview of a linked claim opens on keyboard focus and closes on Escape', async ({ page }) => {
	const json: string[] = [];
	page.on('request', (r) => void (r.url().endsWith('.json') && json.push(new URL(r.url()).pathname)));
	await page.goto('/articles/blank-2010/');
	const note = noteOf(page, 'blank-2010/nato-refused-recognition');
	await note.locator('summary').focus();
	await page.keyboard.press('Enter');
	const link = note.locator('.claim-relations a').first();
	// Tab onto the first relation link: past the topic links.
	for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	const preview = page.getByRole('tooltip');
	await expect(preview).toBeVisible();
	await expect(preview).toContainText(
		'“Moscow has previously proposed CSTO-NATO cooperation, which the alliance has proven reluctant to accept',
	);
	await expect(link).toHaveAttribute('aria-describedby', 'claim-preview');
	// The linked claim is McDermott's: only his article's claims were fetched, not the whole list.
	expect(json.filter((p) => p.startsWith('/claims'))).toEqual(['/claims/mcdermott-2009.json']);
	await page.keyboard.press('Escape');
	await expect(preview).toBeHidden();
});

test('copy link puts the claim permalink on the clipboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/articles/mcdermott-2009/');
	const note = noteOf(page, 'mcdermott-2009/de-facto-legitimacy');
	await note.locator('summary').click();
	await note.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/mcdermott-2009/#claim-de-facto-legitimacy`);
});
