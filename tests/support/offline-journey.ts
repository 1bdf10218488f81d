import { expect, type BrowserContext, type Page } from '@playwright/test';
import { select, toolbar } from '../e2e/reader-notes-support';

/**
 * The offline companion as a reader meets it (docs/offline-and-epub.md): one
 * visit online, then the network gone. `base` is the site's base path ('/'
 * or '/companion/'); the e2e and base-path specs run the same journey, each
 * on its own site's pages and words (OfflineSite).
 */
/** The reader scrolls (the registration waits for it: src/scripts/common/boot.entry.ts), and the page says it is saved. */
export async function offlineReady(page: Page): Promise<void> {
	await page.mouse.wheel(0, 400);
	await expect(page.locator('#offline-status')).toHaveText('Available offline', { timeout: 120_000 });
}

export async function firstVisit(page: Page, base: string): Promise<void> {
	await page.goto(base);
	await offlineReady(page);
}

/** What a journey reads and searches offline: the site it runs on names them (its content is the fixture's or the real texts'). */
export interface OfflineSite {
	/** Every page kind the issue names, as [path under the base, its heading]. */
	pages: [string, RegExp][];
	/** Words of a reading page's text: [path under the base, paragraph number, words]. */
	words: [string, number, string];
	/** A word of the texts, and a slip of it that did-you-mean corrects. */
	search: { word: string; slip: string };
}

/** Every page kind the issue names, opened with the network gone: each shows its own heading, not the browser's error page. */
export async function readOffline(context: BrowserContext, page: Page, base: string, site: OfflineSite): Promise<void> {
	await context.setOffline(true);
	for (const [path, title] of site.pages) {
		const response = await page.goto(`${base}${path}`);
		expect(response?.ok(), `${path} offline`).toBe(true);
		await expect(page.locator('h1').first(), path).toHaveText(title);
		await expect(page.locator('h1').first(), path).not.toHaveText(/Not saved for offline reading/);
	}
	// The reading page's words themselves.
	const [path, n, words] = site.words;
	await page.goto(`${base}${path}`);
	await expect(page.locator(`#p-${n}`)).toContainText(words);
}

export async function searchOffline(page: Page, base: string, { search }: OfflineSite): Promise<void> {
	await page.goto(`${base}search/?q=${encodeURIComponent(search.word)}`);
	await expect(page.locator('#search-results a.sr-link').first()).toBeVisible({ timeout: 30_000 });
	// A misspelling: the did-you-mean vocabulary answers offline too.
	await page.goto(`${base}search/?q=${encodeURIComponent(search.slip)}`);
	await expect(page.locator('#search-suggest a').first()).toHaveText(search.word, { timeout: 30_000 });
}

export async function unsavedPage(page: Page, base: string): Promise<void> {
	await page.goto(`${base}no-such-page-here/`);
	await expect(page.locator('h1')).toHaveText('Not saved for offline reading');
}

/** A note on paragraph `n`'s `words`, kept in this browser (IndexedDB), as notes-page.spec.ts makes one. */
export async function note(page: Page, base: string, article: string, n: number, words: string, text: string): Promise<void> {
	await page.goto(`${base}articles/${article}/`);
	await select(page, n, words);
	await toolbar(page).getByRole('button', { name: 'Add note' }).click();
	await page.getByRole('textbox', { name: 'Note' }).fill(text);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: text })).toBeVisible();
}

export async function noteListed(page: Page, base: string, text: string): Promise<void> {
	await page.goto(`${base}notes/`);
	await expect(page.locator('#notes-list .reader-note').filter({ hasText: text })).toBeVisible();
}
