import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { violations, SCHEMES } from './axe';
import { ARTICLE, OTHER, PARA, WORDS } from './notes-fixtures';
import { addNote, copyLink, highlighted, select, toolbar } from './reader-notes-support';

const HOSTILE = '<img src=x onerror="window.pwned=1"> <script>window.pwned=1</script>';

test.use({ viewport: { width: 1280, height: 800 } });

test('Highlight, then reload: the words are still highlighted and listed beside the text', async ({ page }) => {
	await page.goto(ARTICLE);
	await select(page, PARA, WORDS);
	await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
	await expect.poll(() => highlighted(page, 'reader-key-point')).toEqual([WORDS]);
	await page.reload();
	await expect.poll(() => highlighted(page, 'reader-key-point')).toEqual([WORDS]);
	const card = page.locator(`#p-${PARA} .reader-notes .reader-note`);
	await expect(card).toContainText('Key point');
	await expect(card).toContainText(WORDS);
	// Beside its own paragraph, not the next one, once the margin has placed it (notes are drawn in batches).
	await expect
		.poll(async () => {
			const [c, p] = [await card.boundingBox(), await page.locator(`#p-${PARA}`).boundingBox()];
			return Boolean(c && p && c.y >= p.y - 2 && c.y < p.y + p.height);
		})
		.toBe(true);
});

test('a note shows in a second tab at once, is edited and deleted there, and its words stay text', async ({ context }) => {
	const one = await context.newPage();
	const two = await context.newPage();
	await one.goto(ARTICLE);
	await two.goto(ARTICLE);
	// Loads the layer in the second tab, as a reader's first selection would.
	await select(two, OTHER.n, OTHER.words);
	await addNote(one, PARA, WORDS, HOSTILE);
	const inTwo = two.locator('.reader-note').filter({ hasText: WORDS });
	await expect(inTwo).toBeVisible();
	await expect(inTwo.locator('.reader-text')).toHaveText(HOSTILE);
	await expect(inTwo.locator('img, script')).toHaveCount(0);
	expect(await two.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	await expect.poll(() => highlighted(two, 'reader-question')).toEqual([WORDS]);

	await inTwo.getByRole('button', { name: 'Edit note' }).click();
	await two.getByRole('radio', { name: /Disagree/ }).check();
	await two.getByRole('textbox', { name: 'Note' }).fill('Not what Petrov said.');
	await two.getByRole('button', { name: 'Save' }).click();
	const inOne = one.locator('.reader-note').filter({ hasText: WORDS });
	await expect(inOne).toContainText('Not what Petrov said.');
	await expect(inOne).toContainText('Disagree');
	await expect.poll(() => highlighted(one, 'reader-disagree')).toEqual([WORDS]);

	await inOne.getByRole('button', { name: 'Delete' }).click();
	await expect(inTwo).toHaveCount(0);
	await expect.poll(() => highlighted(two, 'reader-disagree')).toEqual([]);
});

test('a passage across two paragraphs is kept, cited "paras. 2–3", and drawn', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.evaluate(() => {
		const range = document.createRange();
		const last = (id: string) => {
			const w = document.createTreeWalker(document.getElementById(id) as Node, NodeFilter.SHOW_TEXT);
			let t: Node | null = null;
			for (let n = w.nextNode(); n; n = w.nextNode()) if (!n.parentElement?.closest('.claim-note,.pnum')) t = t ?? n;
			return t as Text;
		};
		const a = last('p-2');
		const b = last('p-3');
		range.setStart(a, 0);
		range.setEnd(b, 10);
		getSelection()?.removeAllRanges();
		getSelection()?.addRange(range);
	});
	await toolbar(page).getByRole('button', { name: 'Cite' }).click();
	const panel = page.locator('.reader-cite');
	await expect(panel).toContainText('Chicago (note), paras. 2–3');
	await expect(panel).toContainText('(Alpha, 2009, paras. 2–3)');
	await expect(panel).toContainText('(Alpha, pars. 2–3)');
	const link = await copyLink(page);
	expect(new URL(link).searchParams.get('passage')).toMatch(/^2\.0-\d+\./);
	await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
	// Painted on the author's words only: not the claims' notes in the text, nor the reader's own note between the paragraphs.
	await expect.poll(async () => (await highlighted(page, 'reader-key-point')).join('')).toMatch(/^The bloc hopes.*said so\.The allian$/);
	// The link lands on both paragraphs' words.
	await page.goto(link);
	await expect.poll(async () => (await highlighted(page, 'reader-passage')).join('')).toMatch(/^The bloc hopes.*said so\.The allian$/);
});

test('Cite gives the three styles with the paragraph, and BibTeX, RIS and CSL-JSON that parse back with Citation.js', async ({ page }) => {
	await page.goto(ARTICLE);
	await select(page, PARA, WORDS);
	await toolbar(page).getByRole('button', { name: 'Cite' }).click();
	const panel = page.locator('.reader-cite');
	await expect(panel).toContainText(
		'Ann Alpha, “Capital Pushes For Formal Ties Between UN, Bloc,” Alpha Press Service, October 2009, para. 1,',
	);
	await expect(panel).toContainText('(Alpha, 2009, para. 1)');
	await expect(panel).toContainText('(Alpha, par. 1)');
	// The passage's address is beside the citations, never bracketed into one.
	await expect(panel.locator('.reader-passage-link')).toContainText('Link to these words: http');
	await expect(panel).not.toContainText('[Passage');
	// MLA's entry carries the reader's own date as its access date.
	const today = await page.evaluate(() => new Date().getFullYear());
	await expect(panel).toContainText(new RegExp(`Accessed \\d{1,2} [A-Z][a-z]+\\.? ${today}\\.`));
	const { Cite } = await import('@citation-js/core');
	await import('@citation-js/plugin-bibtex');
	await import('@citation-js/plugin-ris');
	for (const label of ['BibTeX', 'RIS', 'CSL-JSON']) {
		const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: label }).click()]);
		const text = readFileSync((await download.path()) as string, 'utf8');
		const [item] = new Cite(text).data as unknown as { title: string; note: string }[];
		// The fixture gives no titleSentenceCase: the title as it is written.
		expect(item?.title).toBe('Capital Pushes For Formal Ties Between UN, Bloc');
		expect(item?.note).toBe('para. 1');
	}
});

test('keyboard only: a paragraph number, "Note on paragraph", the toolbar, a saved note', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.locator(`#p-${PARA} .pnum`).focus();
	// The first focus of a paragraph number loads the layer, which adds the paragraph's button after it.
	await expect(page.locator(`#p-${PARA} .reader-para`)).toBeAttached();
	await page.keyboard.press('Tab');
	const para = page.getByRole('button', { name: `Note on paragraph ${PARA}` });
	await expect(para).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(toolbar(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
	for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
	await expect(toolbar(page).getByRole('button', { name: 'Add note' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
	await page.keyboard.type('Petrov and the accord.');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator(`#p-${PARA} .reader-notes .reader-note`)).toContainText('Petrov and the accord.');
	// Escape closes the toolbar and gives the focus back.
	await select(page, OTHER.n, OTHER.words);
	await expect(toolbar(page)).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(toolbar(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(toolbar(page)).toBeHidden();
});

for (const scheme of SCHEMES) {
	test(`axe, ${scheme}: the toolbar, its note form and Cite panel, and the notes beside the text`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(ARTICLE);
		await addNote(page, PARA, WORDS, 'A question.');
		await select(page, OTHER.n, OTHER.words);
		await toolbar(page).getByRole('button', { name: 'Add note' }).click();
		expect(await violations(page)).toEqual([]);
		await toolbar(page).getByRole('button', { name: 'Cite' }).click();
		await expect(page.locator('.reader-cite')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
}
