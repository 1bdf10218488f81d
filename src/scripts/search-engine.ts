/**
 * The search itself, loaded on the reader's first focus or keystroke in a
 * search box, never before: Pagefind's script and the passages index, and
 * the name variants (/search-names.json); the claims index, a bundle of its
 * own, only when claims are asked for (loadClaimIndex). Turns Pagefind's page
 * results into what the reader looks for: passages (paragraphs of the two
 * texts, from Pagefind's sub-results) and claims (claim pages), each with a
 * link that lands on the passage with the matched words highlighted.
 */
import { foldName } from '../shared/fold-name';
import { expandQuery, querySlots, wordMatches } from './search-names';

/** The parts of Pagefind's browser API this module uses (pagefind_web_js/types). */
interface WeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations: WeightedLocation[];
	anchor?: { element: string; id: string; text?: string; location: number };
}
interface PagefindData {
	url: string;
	raw_url?: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	locations: number[];
	weighted_locations: WeightedLocation[];
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface PagefindResponse {
	results: PagefindResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindResponse | null>;
}
/** A second bundle joins the first through mergeIndex: one WebAssembly instance searches both. */
interface PagefindModule extends Pagefind {
	mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
}

import { BASE, HIGHLIGHT_PARAM } from './boot-shared';

export { HIGHLIGHT_PARAM };

/** Why search cannot run here; the message is for the reader. */
export class SearchUnavailable extends Error {}

let loaded: Promise<{ pagefind: PagefindModule; names: string[][] }> | undefined;

/** Loads Pagefind with the passages index, and the name variants, once; later calls share the same promise. */
export function loadSearch(): Promise<{ pagefind: PagefindModule; names: string[][] }> {
	loaded ??= (async () => {
		if (import.meta.env.DEV) {
			throw new SearchUnavailable(
				'Search reads the index that `npm run build` writes, so it does not work in the dev server. Run `npm run build`, then `npm run preview`.',
			);
		}
		const names = fetch(`${BASE}search-names.json`)
			.then((r) => (r.ok ? (r.json() as Promise<{ groups: string[][] }>) : { groups: [] }))
			.then((j) => j.groups)
			.catch(() => [] as string[][]);
		let pagefind: PagefindModule;
		try {
			pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
			await pagefind.options({ baseUrl: BASE, excerptLength: 28, ranking: { metaWeights: { title: 5 } } });
			await pagefind.init();
			// Set on the built index, so the pages carry no filter of their own; the claims bundle gets `claim`.
			await pagefind.options({ mergeFilter: { type: 'passage' } });
		} catch {
			throw new SearchUnavailable('The search index could not be loaded. Reload the page to try again.');
		}
		return { pagefind, names: await names };
	})();
	loaded.catch(() => (loaded = undefined));
	return loaded;
}

let claimIndex: Promise<void> | undefined;
/** Set once the claims index is in: from then on every search counts claims too, at the cost of a word chunk. */
let claimIndexReady = false;

/**
 * Adds the claims index (its own bundle, /pagefind/claims/) once. At a thousand
 * articles its page list alone outweighs the passages index a query reads, so it
 * waits until the reader asks for claims, or a search finds no passage at all.
 * Merged, it shares Pagefind's script and WebAssembly with the passages.
 */
export function loadClaimIndex(): Promise<void> {
	claimIndex ??= (async () => {
		const { pagefind } = await loadSearch();
		try {
			await pagefind.mergeIndex(`${BASE}pagefind/claims/`, {
				baseUrl: BASE,
				excerptLength: 28,
				// A claim page holds its quote's whole paragraph; the quote itself (meta) weighs more.
				ranking: { metaWeights: { title: 5, quote: 3 } },
				mergeFilter: { type: 'claim' },
			});
			claimIndexReady = true;
		} catch {
			throw new SearchUnavailable('The claims index could not be loaded. Reload the page to try again.');
		}
	})();
	claimIndex.catch(() => (claimIndex = undefined));
	return claimIndex;
}

export type HitKind = 'passage' | 'claim';

export interface Hit {
	kind: HitKind;
	/** The place without highlighting: page URL and anchor. Unique per hit. */
	key: string;
	/** Where the result link goes: the page with `?highlight=` for each matched word, and the anchor. */
	href: string;
	/** A passage: how many words of the query it holds (all of them, unless no passage does), then how many as typed. */
	matched: number;
	exact: number;
	/** Pagefind's score: for a passage, of its matched words; for a claim, of its page. */
	score: number;
	/** A passage: the article's title. A claim: its summary. */
	title: string;
	/** A passage: "¶ 5", "Photo caption", "Section heading" or "Title". */
	place?: string;
	/** A passage's paragraph number, if it is one. */
	paragraph?: number;
	/** A passage: the section it stands in (nearest heading above), if any. */
	section?: string;
	/** Pagefind's excerpt: our own text, entity-escaped, with <mark> around matched words. */
	excerpt: string;
	/** Facet values: article, author, publisher; for a claim also kind and topic. */
	facets: Record<string, string[]>;
}

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
}

/**
 * How many reading pages and claims have their data (Pagefind's fragment:
 * the page's whole text) fetched per search. Ranking needs no fragment, so
 * the rest stay on the server until the reader asks for more: with a
 * thousand articles, loading every match would fetch megabytes per query.
 * Five articles' passages fill more than a screen; each further article
 * costs a reader about 6 KiB (a whole text, compressed).
 */
export const PAGE_BATCH = 5;
export const CLAIM_BATCH = 40;

export interface SearchOptions {
	/** Load the claims index if need be, and the best claims' data (the claims list), not only count them. */
	claims?: boolean;
	/** At most this many reading pages' passages (a multiple of PAGE_BATCH as the reader asks for more). */
	pageLimit?: number;
	/** At most this many claims' data. */
	claimLimit?: number;
}

/** The word at a location, without surrounding punctuation or a possessive ’s ("Bakiyev’s" → "Bakiyev"). */
const wordAt = (words: string[], i: number) =>
	(words[i] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');

/** The words of the page at these locations, as written, once each (case and accents aside). */
function matchedWords(words: string[], locations: number[]): string[] {
	const byFold = new Map<string, string>();
	for (const at of locations) {
		const w = wordAt(words, at);
		if (w && !byFold.has(foldName(w))) byFold.set(foldName(w), w);
	}
	return [...byFold.values()];
}

/** How many of the query's words (slots) these matched words cover, and how many exactly as typed. */
function coverage(found: string[], slots: string[][]): { matched: number; exact: number } {
	const folded = found.flatMap((w) => [foldName(w), ...foldName(w).split('-')]);
	return {
		matched: slots.filter((slot) => slot.some((t) => folded.some((w) => wordMatches(w, t)))).length,
		exact: slots.filter((slot) => slot.some((t) => folded.includes(t))).length,
	};
}

function withHighlight(url: string, words: string[], hash?: string): string {
	const u = new URL(url, location.origin);
	u.hash = '';
	u.search = '';
	for (const w of words.slice(0, 12)) u.searchParams.append(HIGHLIGHT_PARAM, w);
	return `${u.pathname}${u.search}${hash ? `#${hash}` : ''}`;
}

const facetsOf = (data: PagefindData): Record<string, string[]> => {
	const out: Record<string, string[]> = {};
	for (const key of ['article', 'author', 'publisher', 'kind', 'said', 'source', 'topic']) {
		const values = data.filters[key];
		if (values?.length) out[key] = values;
	}
	return out;
};

const score = (locations: WeightedLocation[]) => locations.reduce((s, l) => s + l.balanced_score, 0);

/** Lower case, no accents, words separated by single spaces: for comparing phrases with the text. */
const plain = (text: string) => foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A phrase quoted in the query: as typed (to highlight), and `plain` (to compare). */
interface Phrase {
	text: string;
	plain: string;
}

/**
 * Pagefind's sub-results of a reading page, as passages. With `phrases`, a
 * passage must contain each of them, and they are highlighted whole.
 */
function passagesOf(data: PagefindData, slots: string[][], phrases: Phrase[]): Hit[] {
	const words = data.content.split(/\s+/);
	// raw_url is relative to the site's root; under a base path it needs BASE (data.url has it, with Pagefind's query).
	const raw = data.raw_url ? `${BASE}${data.raw_url.replace(/^\//, '')}` : data.url;
	const title = data.meta.title ?? '';
	const facets = facetsOf(data);
	const subs = data.sub_results.length
		? data.sub_results
		: // A match in the title only (meta): the article itself.
			[{ title, url: raw, excerpt: data.excerpt, locations: [], weighted_locations: [] } as PagefindSubResult];
	const hasPhrases = (locations: number[]) => {
		if (phrases.length === 0 || locations.length === 0) return true;
		const text = ` ${plain(words.slice(Math.min(...locations), Math.max(...locations) + 1).join(' '))} `;
		return phrases.every((p) => text.includes(` ${p.plain} `));
	};
	const inPhrases = new Set(phrases.flatMap((p) => p.plain.split(' ')));
	const toHighlight = (found: string[]) => [...phrases.map((p) => p.text), ...found.filter((w) => !inPhrases.has(plain(w)))];
	return subs.filter((sub) => hasPhrases(sub.locations)).map((sub) => {
		const anchor = sub.anchor;
		const found = matchedWords(words, sub.locations);
		// A match in the title only has no words in the text: it matches as a whole.
		const { matched, exact } = sub.locations.length ? coverage(found, slots) : { matched: slots.length, exact: 0 };
		const para = /^¶\s*(\d+)(?:\s*·\s*(.+))?$/.exec(sub.title);
		const hit: Hit = {
			kind: 'passage',
			key: `${raw}#${anchor?.id ?? ''}`,
			href: withHighlight(raw, toHighlight(found), anchor?.id),
			matched,
			exact,
			score: score(sub.weighted_locations),
			title,
			excerpt: sub.excerpt,
			facets,
		};
		if (para) {
			hit.paragraph = Number(para[1]);
			hit.place = `¶ ${para[1]}`;
			if (para[2]) hit.section = para[2];
		} else if (anchor && /^h\d$/i.test(anchor.element)) {
			hit.place = 'Section heading';
			hit.section = sub.title;
		} else if (anchor) {
			hit.place = sub.title;
		} else {
			hit.place = 'Title';
		}
		return hit;
	});
}

/** A claim page; claims keep Pagefind's ranking, which weighs the summary and the quote (meta) above the paragraph. */
function claimOf(data: PagefindData, score: number): Hit {
	const words = data.content.split(/\s+/);
	// raw_url is relative to the site's root; under a base path it needs BASE (data.url has it, with Pagefind's query).
	const raw = data.raw_url ? `${BASE}${data.raw_url.replace(/^\//, '')}` : data.url;
	return {
		kind: 'claim',
		key: raw,
		href: withHighlight(raw, matchedWords(words, data.locations)),
		matched: 0,
		exact: 0,
		score,
		title: data.meta.title ?? raw,
		excerpt: data.excerpt,
		facets: facetsOf(data),
	};
}

const better = (a: Hit, b: Hit) => b.matched - a.matched || b.exact - a.exact || b.score - a.score;

/**
 * Reading pages for one query. Pagefind locates only the first occurrence of
 * a quoted phrase on a page, so a query with phrases is run twice: quoted, to
 * find the pages that hold the phrases, and unquoted, to locate every
 * occurrence of their words there (passagesOf keeps the passages with the phrases).
 */
async function passagePages(pagefind: Pagefind, q: string): Promise<{ results: PagefindResult[]; phrases: Phrase[] }> {
	const filters = { type: 'passage' };
	const phrases = [...q.matchAll(/"([^"]+)"/g)].map((m) => ({ text: (m[1] ?? '').trim(), plain: plain(m[1] ?? '') })).filter((p) => p.plain);
	if (phrases.length === 0) return { results: (await pagefind.search(q, { filters }))?.results ?? [], phrases };
	const [quoted, unquoted] = await Promise.all([pagefind.search(q, { filters }), pagefind.search(q.replaceAll('"', ' '), { filters })]);
	const pages = new Set(quoted?.results.map((r) => r.id));
	return { results: unquoted?.results.filter((r) => pages.has(r.id)) ?? [], phrases };
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
export async function runSearch(query: string, { claims = false, pageLimit = PAGE_BATCH, claimLimit = CLAIM_BATCH }: SearchOptions = {}): Promise<Outcome> {
	const { pagefind, names } = await loadSearch();
	const { searches, alternatives } = expandQuery(query, names);
	const slots = querySlots(query, names);
	const countClaims = () => claimPages(pagefind, searches);
	const [pages, early] = await Promise.all([
		Promise.all(searches.map((q) => passagePages(pagefind, q))),
		claims || claimIndexReady ? loadClaimIndex().then(countClaims) : undefined,
	]);
	// With no passage to show, the claims are what the reader can be pointed to.
	const claimResults = early ?? (pages.every((p) => p.results.length === 0) ? await loadClaimIndex().then(countClaims) : undefined);

	// The best pages over every spelling combination, by Pagefind's page score; only theirs are loaded.
	const best = new Map<string, number>();
	for (const r of pages.flatMap((p) => p.results)) best.set(r.id, Math.max(best.get(r.id) ?? -Infinity, r.score));
	const chosen = new Set([...best].sort((a, b) => b[1] - a[1]).slice(0, pageLimit).map(([id]) => id));

	// Every spelling combination's pages (a page may hold one spelling in one paragraph, the other in another);
	// a paragraph found through two of them keeps its best showing.
	const passages = new Map<string, Hit>();
	const found = await Promise.all(
		pages.flatMap(({ results, phrases }) => results.filter((r) => chosen.has(r.id)).map(async (r) => passagesOf(await r.data(), slots, phrases))),
	);
	for (const hit of found.flat()) {
		const seen = passages.get(hit.key);
		if (!seen || better(hit, seen) < 0) passages.set(hit.key, hit);
	}
	// Pagefind wants every word on the page; a passage should hold them all too, unless none does.
	const ranked = [...passages.values()].sort(better);
	const whole = ranked.filter((h) => h.matched === slots.length);
	// Claims found through every spelling combination were merged by page already.
	const claimHits = claims && claimResults ? await Promise.all(claimResults.slice(0, claimLimit).map(async (r) => claimOf(await r.data(), r.score))) : [];

	return {
		query: query.trim(),
		alternatives,
		passages: whole.length ? whole : ranked,
		pageCount: best.size,
		pagesLoaded: chosen.size,
		claims: claimHits.sort(better),
		claimCount: claimResults?.length,
	};
}
