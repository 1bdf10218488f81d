import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/scripts/search/hits';
import {
	activeFilters,
	facetCounts,
	matches,
	narrowingFacets,
	stateFromUrl,
	urlOf,
	withFilter,
	type Filters,
} from '../../src/scripts/search/state';

const hit = (facets: Record<string, string[]>) => ({ facets }) as Hit;
const filters = (entries: Record<string, string[]>): Filters => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('stateFromUrl and urlOf', () => {
	it('reads the query, the mode and the known facets, ignoring unknown and empty parameters', () => {
		const state = stateFromUrl('?q=two+words&mode=claims&kind=Report&kind=Assessment&topic=&colour=red');
		expect(state.q).toBe('two words');
		expect(state.mode).toBe('claims');
		expect([...state.filters]).toEqual([['kind', new Set(['Report', 'Assessment'])]]);
	});

	it('drops a filter the mode does not offer, which the reader could neither see nor untick (review: kind, mentions, date)', () => {
		expect([...stateFromUrl('?q=sphere&kind=Report').filters]).toEqual([]);
		expect([...stateFromUrl('?q=sphere&mentions=Russia&article=blank-2010').filters]).toEqual([['article', new Set(['blank-2010'])]]);
		expect([...stateFromUrl('?q=sphere&date=%3Cimg%20src%3Dx%3E').filters]).toEqual([]);
		expect([...stateFromUrl('?q=sphere&mode=claims&date=x&kind=Report').filters]).toEqual([['kind', new Set(['Report'])]]);
	});

	it('cuts a 100 KB query to 30 words and 500 characters before it is searched', () => {
		const words = Array.from({ length: 20_000 }, (_, i) => `zq${i}x`).join(' ');
		const q = stateFromUrl(`?q=${encodeURIComponent(words)}`).q;
		expect(q.split(' ')).toHaveLength(30);
		expect(q.startsWith('zq0x zq1x zq2x')).toBe(true);
		expect(stateFromUrl(`?q=${'a'.repeat(100_000)}`).q).toHaveLength(500);
		expect(stateFromUrl('?q=sphere+of+influence').q).toBe('sphere of influence');
	});

	it('falls back to passages and an empty query', () => {
		expect(stateFromUrl('?mode=other')).toEqual({ q: '', mode: 'passages', filters: new Map() });
	});

	it('writes only what differs from the defaults', () => {
		expect(urlOf({ q: '', mode: 'passages', filters: new Map() }, '/search/')).toBe('/search/');
		expect(urlOf({ q: 'a “b”', mode: 'passages', filters: new Map() }, '/search/')).toBe('/search/?q=a+%E2%80%9Cb%E2%80%9D');
	});

	it('round-trips a state through its URL', () => {
		const state = {
			q: 'Bakiev & co',
			mode: 'claims' as const,
			filters: filters({ author: ['A. Writer'], topic: ['Russia', 'UN, and others'] }),
		};
		const url = urlOf(state, '/companion/search/');
		expect(url.startsWith('/companion/search/?')).toBe(true);
		expect(stateFromUrl(url.slice(url.indexOf('?')))).toEqual(state);
	});
});

describe('matches', () => {
	const h = hit({ kind: ['Report'], topic: ['Russia', 'UN'] });

	it('passes a hit holding one of the ticked values of every facet', () => {
		expect(matches(h, filters({ kind: ['Report', 'Prediction'], topic: ['UN'] }))).toBe(true);
		expect(matches(h, filters({ kind: ['Report'], topic: ['NATO'] }))).toBe(false);
	});

	it('fails a hit without the facet, and ignores the facet left out', () => {
		expect(matches(h, filters({ said: ['Reported'] }))).toBe(false);
		expect(matches(h, filters({ said: ['Reported'] }), 'said')).toBe(true);
	});
});

describe('facetCounts', () => {
	const hits = [
		hit({ kind: ['Report'], topic: ['UN'] }),
		hit({ kind: ['Report'], topic: ['Russia'] }),
		hit({ kind: ['Assessment'], topic: ['UN'] }),
	];

	it('counts each value, most first, then alphabetically', () => {
		expect(facetCounts(hits, new Map(), 'kind')).toEqual([
			['Report', 2],
			['Assessment', 1],
		]);
		expect(facetCounts(hits, new Map(), 'topic')).toEqual([
			['UN', 2],
			['Russia', 1],
		]);
	});

	it('counts under the other facets’ filters, not its own', () => {
		const f = filters({ kind: ['Assessment'], topic: ['UN'] });
		// A tie is broken alphabetically.
		expect(facetCounts(hits, f, 'kind')).toEqual([
			['Assessment', 1],
			['Report', 1],
		]);
		expect(facetCounts(hits, f, 'topic')).toEqual([['UN', 1]]);
	});

	it('keeps a ticked value that no hit has, at 0, and lists nothing for an absent facet', () => {
		expect(facetCounts(hits, filters({ topic: ['NATO'] }), 'topic')).toEqual([
			['UN', 2],
			['Russia', 1],
			['NATO', 0],
		]);
		expect(facetCounts(hits, new Map(), 'said')).toEqual([]);
	});
});

describe('withFilter and activeFilters', () => {
	it('ticks and unticks a value without changing the filters it was given, dropping an empty facet', () => {
		const before = filters({ kind: ['Report'] });
		const ticked = withFilter(before, 'topic', 'UN', true);
		expect(activeFilters(ticked)).toBe(2);
		expect(activeFilters(before)).toBe(1);
		const unticked = withFilter(ticked, 'kind', 'Report', false);
		expect([...unticked.keys()]).toEqual(['topic']);
		expect(before.get('kind')).toEqual(new Set(['Report']));
	});
});

describe('narrowingFacets', () => {
	const keys = ['kind', 'article', 'author', 'publisher'];
	const a = { article: ['A'], author: ['Ann'], publisher: ['P'] };
	const b = { article: ['B'], author: ['Bob'], publisher: ['P'] };

	it('shows a facet only if it has two values among the hits and splits them unlike one already shown', () => {
		const hits = [hit({ ...a, kind: ['Report'] }), hit({ ...b, kind: ['Report'] }), hit({ ...a, kind: ['Report'] })];
		// kind: one value; author splits exactly as article; publisher: one value.
		expect(narrowingFacets(hits, new Map(), keys)).toEqual(['article']);
	});

	it('shows a facet that splits differently, and always one with a ticked value', () => {
		const hits = [hit({ ...a, kind: ['Report'] }), hit({ ...a, kind: ['Assessment'] }), hit({ ...b, kind: ['Report'] })];
		expect(narrowingFacets(hits, new Map(), keys)).toEqual(['kind', 'article']);
		expect(narrowingFacets([hit(a)], new Map([['author', new Set(['Ann'])]]), keys)).toEqual(['author']);
	});
});
