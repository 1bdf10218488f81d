import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, noErrors, OTHER, PARA, seed, stored, WORDS } from './notes-fixtures';
import { select, toolbar } from './reader-notes-support';

/** No draft lost (robustness review, failure 1): a redraw, here or from another tab, keeps every open editor and its unsaved text. */

test.use({ viewport: { width: 1280, height: 800 } });

async function addNote(page: Page, n: number, words: string, note: string): Promise<void> {
	await select(page, n, words);
	await toolbar(page).getByRole('button', { name: 'Add note' }).click();
	await page.getByRole('textbox', { name: 'Note' }).fill(note);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: note })).toBeVisible();
}

async function highlight(page: Page, n: number, words: string): Promise<void> {
	await select(page, n, words);
	await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: words })).toBeVisible();
}

/** Opens the editor of the note saying `note` and types `draft` into it, unsaved. */
async function startEditing(page: Page, note: string, draft: string): Promise<void> {
	await page.locator('.reader-note').filter({ hasText: note }).getByRole('button', { name: 'Edit note' }).click();
	await page.getByRole('textbox', { name: 'Note' }).fill(draft);
}

test('one tab: a new highlight elsewhere keeps the open editor and its draft', async ({ page }) => {
	const errors = noErrors(page);
	await page.goto(ARTICLE);
	await addNote(page, PARA, WORDS, 'x');
	await startEditing(page, 'x', 'my draft');
	await highlight(page, OTHER.n, OTHER.words);
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('my draft');
	// The draft is still the reader's to save.
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: 'my draft' }).locator('.reader-text')).toHaveText('my draft');
	expect(errors).toEqual([]);
});

test.describe('two tabs on one page', () => {
	let a: Page;
	let b: Page;
	test.beforeEach(async ({ context }) => {
		a = await context.newPage();
		b = await context.newPage();
		await a.goto(ARTICLE);
		await addNote(a, PARA, WORDS, 'Note X');
		await b.goto(ARTICLE);
		await expect(b.locator('.reader-note').filter({ hasText: 'Note X' })).toBeVisible();
	});

	test('B edits a note, A highlights other words: B keeps its draft', async () => {
		await startEditing(b, 'Note X', 'B’s draft');
		await highlight(a, OTHER.n, OTHER.words);
		await expect(b.locator('.reader-note').filter({ hasText: OTHER.words })).toBeVisible();
		await expect(b.getByRole('textbox', { name: 'Note' })).toHaveValue('B’s draft');
	});

	test('B edits a note, A changes that note: B keeps its draft and is told', async () => {
		await startEditing(b, 'Note X', 'B’s draft');
		await startEditing(a, 'Note X', 'A’s text');
		await a.getByRole('button', { name: 'Save' }).click();
		await expect(a.locator('.reader-note .reader-text')).toHaveText('A’s text');
		await expect(b.getByRole('status').filter({ hasText: 'This note was changed in another tab' })).toBeVisible();
		await expect(b.getByRole('textbox', { name: 'Note' })).toHaveValue('B’s draft');
		// Cancel shows the other tab's text.
		await b.getByRole('button', { name: 'Cancel' }).click();
		await expect(b.locator('.reader-note .reader-text')).toHaveText('A’s text');
	});
});

test('/notes/: an open editor keeps its draft while a reading page saves a highlight', async ({ context }) => {
	const reading = await context.newPage();
	await reading.goto(ARTICLE);
	await addNote(reading, PARA, WORDS, 'Note X');
	const notes = await context.newPage();
	await notes.goto('/notes/');
	await startEditing(notes, 'Note X', 'written on /notes/');
	await highlight(reading, OTHER.n, OTHER.words);
	await expect(notes.locator('#notes-list .reader-note')).toHaveCount(2);
	await expect(notes.getByRole('textbox', { name: 'Note' })).toHaveValue('written on /notes/');
});

/** Chooses the /notes/ page's category filter. */
const show = (page: Page, name: string) => page.getByRole('group', { name: 'Show' }).getByRole('radio', { name }).check();

test('/notes/: a category filter that does not match an open editor keeps it in view, draft and all', async ({ page }) => {
	const errors = noErrors(page);
	const keyPoint = [
		{ type: 'TextualBody', purpose: 'tagging', value: 'key-point' },
		{ type: 'TextualBody', purpose: 'commenting', value: 'Note 2.', format: 'text/plain' },
	];
	await seed(page, [stored(1), stored(2, { body: keyPoint })]);
	await page.goto('/notes/');
	await startEditing(page, 'Note 1.', 'my unsaved question');
	// Note 1 is a question: the Key point filter would hide it.
	await show(page, 'Key point');
	await expect(page.locator('#notes-list .reader-note').filter({ hasText: 'Note 2.' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('my unsaved question');
	await expect(page.locator('#notes-list')).toContainText('Not in the category shown: kept here while you edit it.');
	// Back to all: the same editor, the draft still there and still the reader's to save.
	await show(page, 'All');
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(2);
	await expect(page.locator('#notes-list')).not.toContainText('Not in the category shown');
	await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('my unsaved question');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('#notes-list .reader-note .reader-text').filter({ hasText: 'my unsaved question' })).toBeVisible();
	// Once saved and closed, the filter hides it like any other note.
	await show(page, 'Key point');
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(1);
	expect(errors).toEqual([]);
});
