import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitVocabulary } from '../../src/shared/spelling';
import type { Outcome, SearchOptions } from '../../src/scripts/search/engine';
import type { Hit } from '../../src/scripts/search/hits';
import { SearchUnavailable } from '../../src/scripts/search/loader';
import {
	alsoSpelled,
	claimTally,
	countText,
	createSearchSession,
	problemText,
	type SearchSources,
	type SearchView,
} from '../../src/scripts/search/session';
import type { Suggestion } from '../../src/scripts/search/suggest';

/** A made-up passage result whose link highlights `words`. */
const hit = (n: number, words: string[] = []): Hit => ({
	kind: 'passage',
	key: `/articles/a/#p-${n}`,
	href: `/articles/a/?${words.map((w) => `highlight=${encodeURIComponent(w)}`).join('&')}#p-${n}`,
	matched: 1,
	exact: 1,
	score: 1,
	title: 'Alpha',
	excerpt: '',
	facets: {},
});

const outcome = (query: string, passages: Hit[] = [], claims: Hit[] = []): Outcome => ({
	query,
	alternatives: [],
	passages,
	pageCount: 1,
	pagesLoaded: 1,
	claims,
	claimCount: claims.length,
	claimsMore: false,
});

/** A search whose answers the test releases by hand, in any order. */
function manualSearch() {
	const pending = new Map<string, { resolve: (o: Outcome) => void; reject: (e: unknown) => void }>();
	const asked: [string, SearchOptions][] = [];
	const search = (query: string, options: SearchOptions) => {
		asked.push([query, options]);
		return new Promise<Outcome>((resolve, reject) => pending.set(query, { resolve, reject }));
	};
	const answer = (query: string, o: Outcome) => pending.get(query)!.resolve(o);
	const fail = (query: string, e: unknown) => pending.get(query)!.reject(e);
	return { search, answer, fail, asked };
}

const vocabulary = splitVocabulary(['Nikolai Bordyuzha said that security and cooperation matter; security again. security.']);

/** The site's sources but for the search: a vocabulary in memory, no names spelled two ways. */
const sources = (search: SearchSources['search'], part: SearchSources['part'] = (n) => Promise.resolve(vocabulary.get(n) ?? [])) => ({
	search,
	names: () => Promise.resolve([]),
	part,
});

/** A view that records what it was told, in order. */
function recordingView(hitsOf: SearchView['hitsOf'] = (o) => o.passages) {
	const told: (['show', string, string] | ['fail', string] | ['clear'] | ['suggest', Suggestion[]])[] = [];
	const view: SearchView = {
		show: (o, asked) => told.push(['show', o.query, asked]),
		fail: (message) => told.push(['fail', message]),
		clear: () => told.push(['clear']),
		suggest: (s) => told.push(['suggest', s]),
		hitsOf,
	};
	return { view, told };
}

/** Lets every settled promise run its continuations. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.restoreAllMocks());

describe('the search session: the race', () => {
	it('never lets a slow earlier query overwrite a later one’s results', async () => {
		const s = manualSearch();
		const { view, told } = recordingView();
		const session = createSearchSession(view, sources(s.search));
		const slow = session('securi', { pageLimit: 3 });
		const fast = session('security', { pageLimit: 3 });
		s.answer('security', outcome('security', [hit(1, ['security'])]));
		await fast;
		s.answer('securi', outcome('securi', [hit(2)]));
		await slow;
		await settle();
		expect(told.filter(([what]) => what === 'show')).toEqual([['show', 'security', 'security']]);
		expect(s.asked).toEqual([
			['securi', { pageLimit: 3 }],
			['security', { pageLimit: 3 }],
		]);
	});

	it('drops a search’s failure once a newer one has started', async () => {
		const s = manualSearch();
		const { view, told } = recordingView();
		const session = createSearchSession(view, sources(s.search));
		const first = session('securty');
		const second = session('cooperation');
		s.fail('securty', new Error('network down'));
		await first;
		s.answer('cooperation', outcome('cooperation', [hit(1, ['cooperation'])], []));
		await second;
		expect(told).toEqual([
			['show', 'cooperation', 'cooperation'],
			['suggest', []],
		]);
	});

	it('clears the view for an empty query, and drops what was still coming for the last one', async () => {
		const s = manualSearch();
		const { view, told } = recordingView();
		const session = createSearchSession(view, sources(s.search));
		const typed = session('security');
		await session('   ');
		s.answer('security', outcome('security', [hit(1, ['security'])]));
		await typed;
		expect(told).toEqual([['suggest', []], ['clear']]);
		expect(s.asked.map(([q]) => q)).toEqual(['security']);
	});

	it('drops suggestions that arrive after a newer search started', async () => {
		const s = manualSearch();
		const { view, told } = recordingView();
		let release: () => void = () => undefined;
		const held = new Promise<void>((r) => (release = r));
		// The vocabulary for the first query arrives only when the test says so.
		const part: SearchSources['part'] = async (n) => (await held, vocabulary.get(n) ?? []);
		const session = createSearchSession(view, sources(s.search, part));
		const first = session('securty');
		s.answer('securty', outcome('securty'));
		await settle();
		const second = session('cooperation');
		release();
		await first;
		s.answer('cooperation', outcome('cooperation', [hit(1, ['cooperation'])]));
		await second;
		expect(told).toEqual([
			['show', 'securty', 'securty'],
			['show', 'cooperation', 'cooperation'],
			['suggest', []],
		]);
	});
});

describe('the search session: the error path', () => {
	it('tells the reader why search cannot run, in the loader’s words, and hides the suggestions', async () => {
		const { view, told } = recordingView();
		const session = createSearchSession(
			view,
			sources(() => Promise.reject(new SearchUnavailable('The search index could not be loaded. Reload the page to try again.'))),
		);
		await session('security');
		expect(told).toEqual([
			['suggest', []],
			['fail', 'The search index could not be loaded. Reload the page to try again.'],
		]);
	});

	it('says search failed for any other error, and logs it for the developer', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { view, told } = recordingView();
		const bug = new TypeError('undefined is not a function');
		await createSearchSession(
			view,
			sources(() => Promise.reject(bug)),
		)('security');
		expect(told).toEqual([
			['suggest', []],
			['fail', 'Search failed. Reload the page to try again.'],
		]);
		expect(logged).toHaveBeenCalledWith(bug);
	});

	it('takes a view that fails to draw the results down the error path, as the search did', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { view, told } = recordingView();
		view.show = () => {
			throw new Error('drawing failed');
		};
		await createSearchSession(
			view,
			sources(() => Promise.resolve(outcome('security'))),
		)('security');
		expect(told).toEqual([
			['suggest', []],
			['fail', 'Search failed. Reload the page to try again.'],
		]);
	});
});

describe('the search session: did you mean', () => {
	it('suggests a correction for a word the results lack, after the results', async () => {
		const { view, told } = recordingView();
		await createSearchSession(
			view,
			sources(() => Promise.resolve(outcome('securty'))),
		)('securty ');
		expect(told).toEqual([
			['show', 'securty', 'securty'],
			['suggest', [{ query: 'security', words: ['security'] }]],
		]);
	});

	it('weighs the results the view shows: a word its results hold is not corrected', async () => {
		// Three passages holding "securty" (FEW in suggest.ts): the word is in the texts, so it is not checked.
		const holding = [1, 2, 3].map((n) => hit(n, ['securty']));
		const o = outcome('securty', [], holding);
		const claims = recordingView((x) => x.claims);
		await createSearchSession(
			claims.view,
			sources(() => Promise.resolve(o)),
		)('securty');
		expect(claims.told.at(-1)).toEqual(['suggest', []]);
		// The same outcome in a view that shows passages (none): the word is checked and corrected.
		const passages = recordingView((x) => x.passages);
		await createSearchSession(
			passages.view,
			sources(() => Promise.resolve(o)),
		)('securty');
		expect(passages.told.at(-1)).toEqual(['suggest', [{ query: 'security', words: ['security'] }]]);
	});

	it('keeps the results when the suggestions fail', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { view, told } = recordingView();
		const broken = sources(
			() => Promise.resolve(outcome('securty')),
			() => Promise.reject(new Error('no vocabulary')),
		);
		await createSearchSession(view, broken)('securty');
		expect(told).toEqual([['show', 'securty', 'securty']]);
		expect(logged).toHaveBeenCalledOnce();
	});
});

describe('the summary’s words', () => {
	it('counts results for the query, where they were found', () => {
		expect(countText(1, 'bakiev', 'in the texts')).toBe('1 result for “bakiev” in the texts');
		expect(countText(0, 'bakiev', 'among the claims')).toBe('0 results for “bakiev” among the claims');
		expect(countText(12, 'un', '')).toBe('12 results for “un”');
	});

	it('counts claims with a plus while more are unread, and not at all before the claims index is loaded', () => {
		expect(claimTally({ claimCount: 12, claimsMore: false })).toBe('12');
		expect(claimTally({ claimCount: 40, claimsMore: true })).toBe('40+');
		expect(claimTally({ claimCount: undefined, claimsMore: false })).toBeUndefined();
	});

	it('names the other spellings searched, or nothing', () => {
		expect(alsoSpelled({ alternatives: ['Bakiyev'] })).toBe(', also spelled Bakiyev');
		expect(alsoSpelled({ alternatives: ['Bakiyev', 'Bakiev'] })).toBe(', also spelled Bakiyev, Bakiev');
		expect(alsoSpelled({ alternatives: [] })).toBe('');
	});

	it('words a failure for the reader', () => {
		expect(problemText(new SearchUnavailable('The claims index could not be loaded. Reload the page to try again.'))).toBe(
			'The claims index could not be loaded. Reload the page to try again.',
		);
		expect(problemText(new Error('x'))).toBe('Search failed. Reload the page to try again.');
	});
});
