/**
 * Search as a reader meets it: milliseconds from the keystroke that completes
 * a query to its results on screen, cold (a fresh page and cache for each
 * query) and warm (later queries on one page), and the Pagefind bytes the
 * first query fetches.
 *
 * A query is entered in one input event (Playwright's `fill`, like a paste):
 * typed letter by letter, each prefix would start a search of its own and the
 * prefix's results could be taken for the query's. The clock starts at that
 * input event and stops at the animation frame after the results element last
 * changed (quiet for QUIET_MS afterwards); the first frame with any result is
 * recorded too.
 */
import type { Browser, Page } from '@playwright/test';
import { recordNetwork, type Transfer } from './page-weight.ts';
import { SEARCH_SELECTORS } from './selectors.ts';
import { stats, type Stats } from './stats.ts';

const QUIET_MS = 250;
const TIMEOUT_MS = 8_000;

export interface SearchResult {
	status: 'ok' | 'missing' | 'no-ui' | 'no-results';
	/** Why, when the status is not ok. */
	reason?: string;
	/** Until the results stopped changing: the number the budget reads. */
	coldMs?: Stats;
	warmMs?: Stats;
	/** Until the first result showed. */
	coldFirstResultMs?: Stats;
	warmFirstResultMs?: Stats;
	/** /pagefind/ bytes on the wire after typing the very first query on a fresh page. */
	firstQueryBytes?: number;
	firstQueryRequests?: number;
	/** Everything fetched after typing the first query, /pagefind/ or not (e.g. a names list the UI loads). */
	firstQueryAllBytes?: number;
	/** Median of the same over every cold query (each a different word). */
	coldQueryBytesMedian?: number;
	/** /pagefind/ bytes fetched by the page before anything was typed (preloading). */
	preloadBytes?: number;
	queries: string[];
	/** Queries whose results never appeared (or did not change) within the timeout. */
	timeouts: string[];
}

interface Timing {
	firstMs: number;
	settledMs: number;
}

const pagefindBytes = (ts: Transfer[]) =>
	ts.filter((t) => t.url.includes(SEARCH_SELECTORS.pagefindPath)).reduce((s, t) => s + t.transferBytes, 0);

/** Arms the in-page clock, enters the query, and waits for the results to settle. */
async function timeQuery(page: Page, query: string): Promise<Timing | undefined> {
	const input = page.locator(SEARCH_SELECTORS.input).first();
	await page.evaluate(
		({ sel, quietMs, timeoutMs }) => {
			const w = window as unknown as { __benchDone?: Promise<{ firstMs: number; settledMs: number } | null> };
			const signature = () =>
				[...document.querySelectorAll(sel.results)]
					.map((el) => `${el.querySelectorAll(sel.resultItem).length}:${el.textContent ?? ''}`)
					.join('|');
			const count = () => [...document.querySelectorAll(sel.results)].reduce((n, el) => n + el.querySelectorAll(sel.resultItem).length, 0);
			const before = signature();
			w.__benchDone = new Promise((resolve) => {
				let t0: number | undefined;
				let first: number | undefined;
				let last: number | undefined;
				let quiet: number | undefined;
				let seen = before;
				const box = document.querySelector(sel.input);
				box?.addEventListener('input', () => (t0 ??= performance.now()), { capture: true, once: true });
				const finish = (value: { firstMs: number; settledMs: number } | null) => {
					observer.disconnect();
					window.clearTimeout(giveUp);
					resolve(value);
				};
				const observer = new MutationObserver(() => {
					if (t0 === undefined) return;
					const now = signature();
					if (now === seen) return;
					seen = now;
					if (count() === 0) return;
					// Stamp the frame that paints this change.
					requestAnimationFrame(() => {
						const at = performance.now();
						first ??= at;
						last = at;
						window.clearTimeout(quiet);
						quiet = window.setTimeout(() => {
							if (t0 !== undefined && first !== undefined && last !== undefined) finish({ firstMs: first - t0, settledMs: last - t0 });
						}, quietMs);
					});
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				const giveUp = window.setTimeout(() => finish(null), timeoutMs);
			});
		},
		{ sel: SEARCH_SELECTORS, quietMs: QUIET_MS, timeoutMs: TIMEOUT_MS },
	);
	await input.fill(query);
	const timing = await page.evaluate(() => (window as unknown as { __benchDone?: Promise<Timing | null> }).__benchDone ?? null);
	return timing ?? undefined;
}

/** Empties the box and gives the UI a moment to clear its results, so the next query's results are new. */
async function clearQuery(page: Page): Promise<void> {
	await page.locator(SEARCH_SELECTORS.input).first().fill('');
	await page
		.waitForFunction(
			(sel) => [...document.querySelectorAll(sel.results)].every((el) => el.querySelectorAll(sel.resultItem).length === 0),
			SEARCH_SELECTORS,
			{ timeout: 1_000 },
		)
		.catch(() => undefined);
}

export async function measureSearch(
	browser: Browser,
	origin: string,
	searchPath: string,
	queries: string[],
	warmQueries = queries,
): Promise<SearchResult> {
	const url = origin + searchPath;
	const probe = await fetch(url).catch(() => undefined);
	if (!probe || probe.status === 404)
		return { status: 'missing', reason: `search page missing (${url} answered ${probe?.status ?? 'nothing'})`, queries, timeouts: [] };

	const cold: Timing[] = [];
	const coldBytes: number[] = [];
	const timeouts: string[] = [];
	let firstQueryBytes: number | undefined;
	let firstQueryRequests: number | undefined;
	let firstQueryAllBytes: number | undefined;
	let preloadBytes: number | undefined;

	for (const [i, query] of queries.entries()) {
		const context = await browser.newContext();
		try {
			const network = recordNetwork(context);
			const { finished } = network;
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			if ((await page.locator(SEARCH_SELECTORS.input).count()) === 0) {
				return { status: 'no-ui', reason: `no search box matching ${SEARCH_SELECTORS.input} on ${searchPath}`, queries, timeouts };
			}
			await network.settle();
			const mark = finished.length;
			const timing = await timeQuery(page, query);
			await page.waitForLoadState('networkidle');
			await network.settle();
			const after = finished.slice(mark);
			if (i === 0) {
				preloadBytes = pagefindBytes(finished.slice(0, mark));
				firstQueryBytes = pagefindBytes(after);
				firstQueryRequests = after.filter((t) => t.url.includes(SEARCH_SELECTORS.pagefindPath)).length;
				firstQueryAllBytes = after.reduce((s, t) => s + t.transferBytes, 0);
			}
			if (timing) {
				cold.push(timing);
				coldBytes.push(pagefindBytes(after));
			} else timeouts.push(`cold: ${query}`);
		} finally {
			await context.close();
		}
	}

	const warm: Timing[] = [];
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		// The first query loads Pagefind and is the cold case; it is not a warm sample.
		await timeQuery(page, warmQueries[warmQueries.length - 1] ?? 'a');
		for (const query of warmQueries) {
			await clearQuery(page);
			const timing = await timeQuery(page, query);
			if (timing) warm.push(timing);
			else timeouts.push(`warm: ${query}`);
		}
	} finally {
		await context.close();
	}

	if (cold.length === 0 && warm.length === 0) {
		return { status: 'no-results', reason: `no results appeared in ${SEARCH_SELECTORS.results} for any query`, queries, timeouts };
	}
	const sortedBytes = [...coldBytes].sort((a, b) => a - b);
	const result: SearchResult = {
		status: 'ok',
		coldMs: stats(cold.map((t) => t.settledMs)),
		warmMs: stats(warm.map((t) => t.settledMs)),
		coldFirstResultMs: stats(cold.map((t) => t.firstMs)),
		warmFirstResultMs: stats(warm.map((t) => t.firstMs)),
		queries,
		timeouts,
	};
	if (firstQueryBytes !== undefined) result.firstQueryBytes = firstQueryBytes;
	if (firstQueryRequests !== undefined) result.firstQueryRequests = firstQueryRequests;
	if (firstQueryAllBytes !== undefined) result.firstQueryAllBytes = firstQueryAllBytes;
	if (preloadBytes !== undefined) result.preloadBytes = preloadBytes;
	if (sortedBytes.length) result.coldQueryBytesMedian = sortedBytes[Math.floor(sortedBytes.length / 2)] as number;
	return result;
}
