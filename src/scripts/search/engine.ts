/**
 * The search itself: one query run over both texts, and over the claims when
 * they are asked for, through every spelling of the names in it
 * (names.ts), the results shaped and ranked by hits.ts.
 */
import type { Pagefind, PagefindResult } from './pagefind-types';
import { better, claimOf, claimsOfPage, isClaimsPage, passagesOf, phrasesOf, togetherOf, type Hit, type Phrase } from './hits';
import { claimIndexLoaded, loadClaimIndex, loadSearch } from './loader';
import { expandQuery, querySlots } from './names';
import { capQuery } from './state';

export interface Outcome {
	query: string;
	/** Other spellings of names in the query that were searched too. */
	alternatives: string[];
	/** The passages of the best-matching `pagesLoaded` reading pages. */
	passages: Hit[];
	/** Reading pages that match, and how many of them had their passages loaded. */
	pageCount: number;
	pagesLoaded: number;
	/** The best-matching `claims.length` claims, loaded only if asked for (`claims: true`). */
	claims: Hit[];
	/** How many claims match; unknown until the claims index is loaded (see loadClaimIndex). */
	claimCount: number | undefined;
	/** In a large library (claims grouped by article) `claimCount` is how many are known so far: more articles' claims match. */
	claimsMore: boolean;
}

/** Whether claims are grouped one page per article (a large library), known from the first claims fragment read. */
let grouped: boolean | undefined;
/** Articles' claims pages read at a time in a large library, until `claimLimit` claims are found. */
const ARTICLE_BATCH = 4;

/** The claims of the best results, at least `limit` of them (all, if fewer), and whether results were left unread. */
async function loadClaims(results: PagefindResult[], limit: number): Promise<{ hits: Hit[]; more: boolean }> {
	const hits: Hit[] = [];
	let next = 0;
	while (next < results.length && hits.length < limit) {
		// A small library's result is one claim's page: the first `limit`; a large one's, an article's claims.
		const batch = results.slice(next, next + (grouped === false ? limit - hits.length : ARTICLE_BATCH));
		next += batch.length;
		for (const [r, data] of await Promise.all(batch.map(async (r) => [r, await r.data()] as const))) {
			grouped = isClaimsPage(data);
			hits.push(...(grouped ? claimsOfPage(data, r.score) : [claimOf(data, r.score)]));
		}
	}
	return { hits, more: next < results.length };
}

/**
 * How many reading pages have their data (Pagefind's fragment: the page's
 * whole text) fetched per search, and per "Show more". Ranking needs no
 * fragment, so the rest stay on the server until the reader asks: in a large
 * library, loading every match would fetch megabytes per query. Two
 * articles' passages fill a screen (an article usually holds several); each
 * further article is a whole text to fetch, decompress and cut into excerpts
 * before the results can be drawn, which the search-latency budget
 * (bench/budgets.ts) could not afford at three.
 */
export const PAGE_BATCH = 2;
/** How many claims have their data fetched per search, and per "Show more". */
export const CLAIM_BATCH = 40;

export interface SearchOptions {
	/** Load the claims index if need be, and the best claims' data (the claims list), not only count them. */
	claims?: boolean;
	/** At most this many reading pages' passages (a multiple of PAGE_BATCH as the reader asks for more). */
	pageLimit?: number;
	/** At most this many claims' data. */
	claimLimit?: number;
}

/**
 * Reading pages for one query. Pagefind locates only the first occurrence of
 * a quoted phrase on a page, so a query with phrases is run twice: quoted, to
 * find the pages that hold the phrases, and unquoted, to locate every
 * occurrence of their words there (passagesOf keeps the passages with the phrases).
 */
async function passagePages(
	pagefind: Pagefind,
	q: string,
): Promise<{ results: PagefindResult[]; phrases: Phrase[]; together: Phrase | undefined }> {
	const filters = { type: 'passage' };
	const phrases = phrasesOf(q);
	const together = togetherOf(q);
	if (phrases.length === 0) return { results: (await pagefind.search(q, { filters }))?.results ?? [], phrases, together };
	const [quoted, unquoted] = await Promise.all([pagefind.search(q, { filters }), pagefind.search(q.replaceAll('"', ' '), { filters })]);
	const pages = new Set(quoted?.results.map((r) => r.id));
	return { results: unquoted?.results.filter((r) => pages.has(r.id)) ?? [], phrases, together };
}

/** Claim pages: one Pagefind search per spelling combination, merged by page, best score kept. */
async function claimPages(pagefind: Pagefind, searches: string[]): Promise<PagefindResult[]> {
	const responses = await Promise.all(searches.map((q) => pagefind.search(q, { filters: { type: 'claim' } })));
	const byId = new Map<string, PagefindResult>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const seen = byId.get(result.id);
			if (!seen || result.score > seen.score) byId.set(result.id, result);
		}
	}
	return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Searches both texts for `query` (as typed: a trailing space says the last
 * word is finished, see expandQuery). The passages of the best `pageLimit`
 * reading pages are loaded. Claims are counted once their index is loaded
 * (`claims` set, or earlier in this page, or no passage matches), and the best
 * `claimLimit` of them loaded if `claims` is set.
 */
export async function runSearch(
	query: string,
	{ claims = false, pageLimit = PAGE_BATCH, claimLimit = CLAIM_BATCH }: SearchOptions = {},
): Promise<Outcome> {
	query = capQuery(query);
	const { pagefind, names } = await loadSearch();
	const { searches, alternatives } = expandQuery(query, names);
	const slots = querySlots(query, names);
	const countClaims = () => claimPages(pagefind, searches);
	const [pages, early] = await Promise.all([
		Promise.all(searches.map((q) => passagePages(pagefind, q))),
		claims || claimIndexLoaded() ? loadClaimIndex().then(countClaims) : undefined,
	]);
	// With no passage to show, the claims are what the reader can be pointed to.
	const claimResults = early ?? (pages.every((p) => p.results.length === 0) ? await loadClaimIndex().then(countClaims) : undefined);

	// The best pages over every spelling combination, by Pagefind's page score; only theirs are loaded.
	const best = new Map<string, number>();
	for (const r of pages.flatMap((p) => p.results)) best.set(r.id, Math.max(best.get(r.id) ?? -Infinity, r.score));
	const chosen = new Set(
		[...best]
			.sort((a, b) => b[1] - a[1])
			.slice(0, pageLimit)
			.map(([id]) => id),
	);

	// Every spelling combination's pages (a page may hold one spelling in one paragraph, the other in another);
	// a paragraph found through two of them keeps its best showing.
	// Pagefind keeps one object per page and rewrites its locations and sub-results on every data() call, so a
	// page found by two spellings is read once per spelling, one after the other, each shaped before the next call.
	const passages = new Map<string, Hit>();
	const byPage = new Map<string, { r: PagefindResult; phrases: Phrase[]; together: Phrase | undefined }[]>();
	for (const { results, phrases, together } of pages)
		for (const r of results) if (chosen.has(r.id)) byPage.set(r.id, [...(byPage.get(r.id) ?? []), { r, phrases, together }]);
	const found = await Promise.all(
		[...byPage.values()].map(async (reads) => {
			const hits: Hit[] = [];
			for (const { r, phrases, together } of reads) hits.push(...passagesOf(await r.data(), slots, phrases, together));
			return hits;
		}),
	);
	for (const hit of found.flat()) {
		const seen = passages.get(hit.key);
		if (!seen || better(hit, seen) < 0) passages.set(hit.key, hit);
	}
	// Pagefind wants every word on the page; a passage should hold them all too, unless none does.
	const ranked = [...passages.values()].sort(better);
	const whole = ranked.filter((h) => h.matched === slots.length);
	// Claims found through every spelling combination were merged by page already.
	// Whether claims are grouped by article is read off the first claims fragment, once. If they are, a
	// result is an article, which may match by its title alone: claims are counted from what is read.
	if (grouped === undefined && claimResults?.[0]) grouped = isClaimsPage(await claimResults[0].data());
	const loaded = claimResults && (claims || grouped) ? await loadClaims(claimResults, claims ? claimLimit : 1) : undefined;
	const claimHits = claims ? (loaded?.hits ?? []) : [];

	return {
		query: query.trim(),
		alternatives,
		passages: whole.length ? whole : ranked,
		pageCount: best.size,
		pagesLoaded: chosen.size,
		claims: claimHits.sort(better),
		// Each result a claim in a small library; in a large one the claims of the articles read so far.
		claimCount: grouped && loaded ? loaded.hits.length : claimResults?.length,
		claimsMore: Boolean(grouped && loaded?.more),
	};
}
