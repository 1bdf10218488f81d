import { expect, type Page } from '@playwright/test';

/** Selects `words` in paragraph `n` as a reader would with the mouse (a Range on the page's Selection). */
export async function select(page: Page, n: number, words: string): Promise<void> {
	await page.locator(`#p-${n}`).evaluate((p, words) => {
		const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = (node.textContent ?? '').indexOf(words);
			if (at < 0 || node.parentElement?.closest('.claim-note, .pnum')) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
		throw new Error(`"${words}" is not in one text node of ${p.id}`);
	}, words);
}

/** The text of each range in the named CSS highlight. */
export function highlighted(page: Page, name: string): Promise<string[]> {
	return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), name);
}

/** Whether the first range of a highlight is within the window. */
export function inView(page: Page, name: string): Promise<boolean> {
	return page.evaluate((name) => {
		const [range] = [...(CSS.highlights.get(name) ?? [])] as Range[];
		if (!range) return false;
		const r = range.getBoundingClientRect();
		return r.top >= 0 && r.bottom <= innerHeight;
	}, name);
}

export const toolbar = (page: Page) => page.getByRole('group', { name: 'Selected words' });

export async function copyLink(page: Page): Promise<string> {
	await toolbar(page).getByRole('button', { name: 'Copy link' }).click();
	const box = page.getByRole('textbox', { name: 'Link to these words' });
	await expect(box).toBeVisible();
	return box.inputValue();
}

/** Selects `words` of paragraph `n`, adds a note of `category` with the toolbar, and waits for its card beside the text. */
export async function addNote(page: Page, n: number, words: string, note: string, category = 'Question'): Promise<void> {
	await select(page, n, words);
	await toolbar(page).getByRole('button', { name: 'Add note' }).click();
	await page.getByRole('radio', { name: new RegExp(category) }).check();
	await page.getByRole('textbox', { name: 'Note' }).fill(note);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: words })).toBeVisible();
}
