import { expect, test } from '@playwright/test';
import { select, toolbar } from './reader-notes-support';

const MLA_BETA = 'Beta, Bea. “The Meaning of UN-Bloc Ties.” Beta Wire, 2010. mirror.example, https://mirror.example/meaning-of-ties.';

test('MLA’s access date is the reader’s own, filled in by the browser, and copied with the entry', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// A reader's date no build could have written.
	await page.clock.setFixedTime(new Date(2031, 8, 3, 10, 0, 0));
	await page.goto('/articles/beta-2010/');
	const block = page.getByRole('region', { name: 'Cite this article' });
	const mla = block.locator('.cite-entry', { hasText: 'MLA 9' }).locator('.citation');
	await expect(mla).toHaveText(MLA_BETA);
	await block.hover();
	await expect(mla).toHaveText(`${MLA_BETA} Accessed 3 Sept. 2031.`);
	await block.getByRole('button', { name: 'Copy the MLA 9 citation' }).click();
	await expect(page.getByRole('status')).toHaveText('Citation copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${MLA_BETA} Accessed 3 Sept. 2031.`);
	// Our note on the publisher is its own line, labelled, outside every citation.
	await expect(block.locator('.cite-note')).toHaveText(
		'Our note (not part of the citation): Publisher unverified; text as published at mirror.example.',
	);
	for (const text of await block.locator('.citation').allTextContents()) expect(text).not.toMatch(/\[|unverified/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the MLA entry has no access date, never the build’s', async ({ page }) => {
		await page.goto('/articles/beta-2010/');
		const mla = page.locator('.cite-entry', { hasText: 'MLA 9' }).locator('.citation');
		await expect(mla).toHaveText(MLA_BETA);
	});
});

test('a claim’s Cite block cites the article at the claim’s paragraph and gives the permalink beside it', async ({ page }) => {
	await page.goto('/claims/alpha-2009/no-reasons/');
	const block = page.getByRole('region', { name: 'Cite this claim' });
	await expect(block.locator('.cite-entry', { hasText: 'Chicago (note)' }).locator('.citation')).toContainText(
		', October 2009, para. 8, https://',
	);
	await expect(block.locator('.cite-entry', { hasText: 'APA 7 (in-text)' }).locator('.citation')).toHaveText('(Alpha, 2009, para. 8)');
	await expect(block.locator('.cite-entry', { hasText: 'MLA 9 (in-text)' }).locator('.citation')).toHaveText('(Alpha, par. 8)');
	await expect(block).toContainText(
		/This claim’s permalink, to give beside the citation: https?:\/\/\S+\/claims\/alpha-2009\/no-reasons\//,
	);
	for (const text of await block.locator('.citation').allTextContents()) expect(text).not.toMatch(/\[|\/claims\//);
	await expect(block.getByRole('link', { name: 'BibTeX' }).first()).toHaveAttribute('href', '/cite/alpha-2009.bib');
	await expect(block.getByRole('link', { name: 'BibTeX' }).nth(1)).toHaveAttribute('href', '/cite/alpha-2009.claims.bib');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	for (const [paragraph, words] of [
		[4, 'held its first exercise in the north'],
		[10, 'helps the capital convince'],
	] as const) {
		test(`the selection's Cite popover stays inside the window (a selection in ¶${paragraph})`, async ({ page }) => {
			await page.goto('/articles/alpha-2009/');
			// The selection near the window's foot, where the popover has no room below it.
			await page.locator(`#p-${paragraph}`).evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().bottom - innerHeight + 40));
			await select(page, paragraph, words);
			await toolbar(page).getByRole('button', { name: 'Cite' }).click();
			await expect(page.locator('.reader-cite')).toContainText('MLA 9');
			const box = await page.locator('.reader-toolbar').boundingBox();
			expect(box).not.toBeNull();
			const { x, y, width, height } = box ?? { x: -1, y: -1, width: 0, height: 0 };
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x + width).toBeLessThanOrEqual(390);
			expect(y + height).toBeLessThanOrEqual(844);
		});
	}
});
