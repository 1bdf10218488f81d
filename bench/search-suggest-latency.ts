/**
 * Did-you-mean as a reader meets it: milliseconds from the keystroke that
 * completes a misspelt query to its first suggestion on screen, on a page
 * where search is already loaded (warm), and the bytes of vocabulary
 * (/search-vocabulary/) each misspelt query fetched. The misspellings are
 * made from the corpus's own frequent words (the middle letter dropped), so
 * every one has its word to find.
 */
import type { Browser } from '@playwright/test';
import { recordNetwork } from './page-weight.ts';
import { SEARCH_SELECTORS } from './selectors.ts';
import { stats, type Stats } from './stats.ts';

const TIMEOUT_MS = 4_000;

export interface SuggestResult {
	status: 'ok' | 'no-suggestions';
	/** Keystroke to the first suggestion shown, search already loaded. */
	warmMs?: Stats;
	/** /search-vocabulary/ bytes on the wire per misspelt query (the budget reads the largest). */
	vocabularyBytes?: Stats;
	/** The misspelt queries, and those that got no suggestion in time. */
	queries: string[];
	misses: string[];
}

/**
 * The middle letter dropped. Not a swap of two letters: the synthetic corpora
 * mark slips of that kind with [sic] (generate-corpus.ts), so a swapped word
 * is in their text and rightly gets no suggestion.
 */
function misspell(word: string): string {
	const i = Math.floor(word.length / 2);
	return word.slice(0, i) + word.slice(i + 1);
}

export async function measureSuggestions(browser: Browser, origin: string, searchPath: string, words: string[]): Promise<SuggestResult> {
	const queries = words.map(misspell).filter((q, i) => q !== words[i]);
	const context = await browser.newContext();
	const times: number[] = [];
	const bytes: number[] = [];
	const misses: string[] = [];
	try {
		const network = recordNetwork(context);
		const page = await context.newPage();
		await page.goto(origin + searchPath, { waitUntil: 'load' });
		const input = page.locator(SEARCH_SELECTORS.input).first();
		// Search loaded and one query run: what follows is warm.
		await input.fill(words[0] ?? 'a');
		await page.waitForLoadState('networkidle');
		for (const query of queries) {
			await input.fill('');
			await page.waitForTimeout(50);
			await network.settle();
			const mark = network.finished.length;
			await page.evaluate(
				({ sel, timeoutMs }) => {
					const w = window as unknown as { __suggestDone?: Promise<number | null> };
					w.__suggestDone = new Promise((resolve) => {
						let t0: number | undefined;
						document.querySelector(sel.input)?.addEventListener('input', () => (t0 ??= performance.now()), { capture: true, once: true });
						const observer = new MutationObserver(() => {
							if (t0 === undefined || !document.querySelector(sel.suggestion)) return;
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - (t0 as number)));
						});
						observer.observe(document.body, { childList: true, subtree: true });
						window.setTimeout(() => (observer.disconnect(), resolve(null)), timeoutMs);
					});
				},
				{ sel: SEARCH_SELECTORS, timeoutMs: TIMEOUT_MS },
			);
			await input.fill(query);
			const ms = await page.evaluate(() => (window as unknown as { __suggestDone?: Promise<number | null> }).__suggestDone ?? null);
			await page.waitForLoadState('networkidle');
			await network.settle();
			if (ms === null) misses.push(query);
			else times.push(ms);
			bytes.push(
				network.finished
					.slice(mark)
					.filter((t) => t.url.includes(SEARCH_SELECTORS.vocabularyPath))
					.reduce((s, t) => s + t.transferBytes, 0),
			);
		}
	} finally {
		await context.close();
	}
	if (times.length === 0) return { status: 'no-suggestions', queries, misses };
	return { status: 'ok', warmMs: stats(times), vocabularyBytes: stats(bytes), queries, misses };
}
