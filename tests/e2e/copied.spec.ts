import { expect, test, type Locator, type Page } from '@playwright/test';
import { select, toolbar } from './reader-notes-support';
import { ARTICLE_IDS } from './pages';

/**
 * Every Copy button says "Copied" where the reader is looking, in words (not colour alone), and a
 * polite live region says it to a screen reader (issue 29).
 */
test.use({ viewport: { width: 1280, height: 800 } });
test.beforeEach(async ({ context }) => context.grantPermissions(['clipboard-read', 'clipboard-write']));

/** The visible confirmation right after `button`, in its own line box, readable as text. */
async function expectCopiedBeside(page: Page, button: Locator): Promise<void> {
	const shown = button.locator('xpath=following-sibling::*[1]');
	await expect(shown).toBeVisible();
	await expect(shown).toHaveText(/Copied/);
	const [b, s] = await Promise.all([button.boundingBox(), shown.boundingBox()]);
	// Beside the button: on its line, or just below it.
	expect(Math.abs((s?.y ?? Infinity) - (b?.y ?? 0))).toBeLessThan(40);
	// Once is enough: pressing again does not pile up confirmations.
	await button.click();
	await expect(page.getByText(/Copied/)).toHaveCount(1);
}

/** The live region that announces `text`, politely. */
async function expectAnnounced(page: Page, text: string): Promise<void> {
	const region = page.getByRole('status').filter({ hasText: text });
	await expect(region).toHaveCount(1);
	expect(await region.evaluate((el) => el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'status' ? 'polite' : ''))).toBe(
		'polite',
	);
}

test('the Cite block: copying a citation shows "Copied" beside its button and says so', async ({ page }) => {
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	const block = page.getByRole('region', { name: 'Cite this article' });
	await block.hover();
	const button = block.getByRole('button', { name: /^Copy the .* citation$/ }).first();
	await button.click();
	await expectAnnounced(page, 'Citation copied.');
	await expectCopiedBeside(page, button);
});

test('a selection: Copy link and the Cite panel’s Copy show "Copied" and say so', async ({ page }) => {
	await page.goto('/articles/alpha-2009/');
	await select(page, 2, 'hopes to sign an accord');
	const copy = toolbar(page).getByRole('button', { name: 'Copy link' });
	await copy.click();
	await expectAnnounced(page, 'Link copied.');
	await expectCopiedBeside(page, copy);
	await select(page, 2, 'hopes to sign an accord');
	await toolbar(page).getByRole('button', { name: 'Cite' }).click();
	const cite = page.getByRole('button', { name: /^Copy .* citation$/ }).first();
	await cite.click();
	await expectAnnounced(page, 'citation copied.');
	await expectCopiedBeside(page, cite);
});

test('an opened claim note: Copy link shows "Copied" and says so', async ({ page }) => {
	await page.goto('/articles/beta-2010/');
	const note = page.locator('.claim-note').first();
	await note.locator('label').click();
	const copy = note.getByRole('button', { name: 'Copy link' });
	await copy.click();
	await expectAnnounced(page, 'Link copied.');
	await expectCopiedBeside(page, copy);
});
