/**
 * What the search page shows, as the URL holds it (`?q=bakiev&mode=claims&kind=Report`),
 * and the facet counts of a result list under the reader's filters. Pure, so
 * the tests can run it without a page.
 */
import { FACET_KEYS, type FacetKey, type Hit } from './hits';

export type Mode = 'passages' | 'claims';

export type Filters = Map<string, Set<string>>;

export interface SearchState {
	q: string;
	mode: Mode;
	filters: Filters;
}

/** The facets offered in each mode, in the order shown. */
export const FACETS: Record<Mode, [key: FacetKey, label: string][]> = {
	passages: [
		['article', 'Article'],
		['author', 'Author'],
		['publisher', 'Publisher'],
	],
	claims: [
		['kind', 'Kind of claim'],
		['said', 'Who says it'],
		['source', 'Source reported'],
		['topic', 'Topic'],
		['mentions', 'Names'],
		['article', 'Article'],
		['author', 'Author'],
		['publisher', 'Publisher'],
	],
};

/** The longest query searched: a question about two short texts fits in far less, and a 100 KB one would hold the page for seconds. */
const MAX_QUERY_CHARS = 500;
const MAX_QUERY_WORDS = 30;

/** The query cut to MAX_QUERY_WORDS words and MAX_QUERY_CHARS characters, before it reaches the engine. */
export function capQuery(q: string): string {
	if (q.length <= MAX_QUERY_CHARS && q.split(/\s+/).length <= MAX_QUERY_WORDS + 2) return q;
	return q
		.slice(0, MAX_QUERY_CHARS * 2)
		.trim()
		.split(/\s+/)
		.slice(0, MAX_QUERY_WORDS)
		.join(' ')
		.slice(0, MAX_QUERY_CHARS);
}

/**
 * The state in a URL's query string; anything unknown is ignored, so an old
 * or hand-edited link still opens: so is a filter the mode does not offer
 * (`kind` in passages mode), which the reader could neither see nor untick.
 */
export function stateFromUrl(search: string): SearchState {
	const params = new URLSearchParams(search);
	const mode: Mode = params.get('mode') === 'claims' ? 'claims' : 'passages';
	const offered = new Set<string>(FACETS[mode].map(([key]) => key));
	const filters: Filters = new Map();
	for (const key of FACET_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length && offered.has(key)) filters.set(key, new Set(values));
	}
	return { q: capQuery(params.get('q') ?? ''), mode, filters };
}

/** The page's URL for a state: defaults are left out, so an empty search is the bare path. */
export function urlOf(s: SearchState, pathname: string): string {
	const params = new URLSearchParams();
	if (s.q) params.set('q', s.q);
	if (s.mode === 'claims') params.set('mode', 'claims');
	for (const [key, values] of s.filters) for (const v of values) params.append(key, v);
	const query = params.toString();
	return `${pathname}${query ? `?${query}` : ''}`;
}

/** Whether a hit passes the filters; `except` leaves one facet out, as its own counts need. */
export const matches = (hit: Hit, filters: Filters, except?: string) =>
	[...filters].every(([key, values]) => key === except || values.size === 0 || (hit.facets[key] ?? []).some((v) => values.has(v)));

/**
 * Each value of one facet, with how many hits would show if it were ticked
 * under the other filters: most first, then alphabetically. A ticked value
 * stays listed at 0, so the reader can untick it.
 */
export function facetCounts(hits: Hit[], filters: Filters, key: string): [value: string, count: number][] {
	const counts = new Map<string, number>();
	for (const v of filters.get(key) ?? []) counts.set(v, 0);
	for (const hit of hits) {
		if (!matches(hit, filters, key)) continue;
		for (const v of hit.facets[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The filters with one value ticked or unticked; a facet left with no value is dropped. */
export function withFilter(filters: Filters, key: string, value: string, on: boolean): Filters {
	const values = new Set(filters.get(key));
	if (on) values.add(value);
	else values.delete(value);
	const out = new Map(filters);
	if (values.size) out.set(key, values);
	else out.delete(key);
	return out;
}

/** How many values are ticked across every facet. */
export const activeFilters = (filters: Filters) => [...filters.values()].reduce((n, values) => n + values.size, 0);

/**
 * The facets worth showing for these hits, in `keys` order: one with a
 * ticked value always; otherwise only one that would narrow the results
 * (two values or more among them) and does not split them exactly as a facet
 * already shown does (with two articles, article, author and publisher
 * always split alike, so only the first is shown).
 */
export function narrowingFacets(hits: Hit[], filters: Filters, keys: readonly string[]): string[] {
	const shown: string[] = [];
	const splits: string[] = [];
	for (const key of keys) {
		// Each hit's values, renamed in order of first appearance: equal strings mean equal splits.
		const names = new Map<string, number>();
		const split = hits
			.map((h) => {
				const v = [...(h.facets[key] ?? [])].sort().join('\u0000');
				if (!names.has(v)) names.set(v, names.size);
				return names.get(v);
			})
			.join(',');
		const values = new Set(hits.flatMap((h) => h.facets[key] ?? []));
		if (filters.get(key)?.size || (values.size >= 2 && !splits.includes(split))) {
			shown.push(key);
			splits.push(split);
		}
	}
	return shown;
}
