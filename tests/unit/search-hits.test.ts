import { describe, expect, it } from 'vitest';
import type { PagefindData, PagefindSubResult } from '../../src/scripts/search/pagefind-types';
import {
	better,
	claimOf,
	coverage,
	matchedWords,
	pageUrl,
	passagesOf,
	phrasesOf,
	togetherOf,
	withEllipses,
	withHighlight,
	type Hit,
} from '../../src/scripts/search/hits';

/** A made-up reading page as Pagefind's data() returns it; the words are indexed by position. */
function page(content: string, subs: Partial<PagefindSubResult>[], extra: Partial<PagefindData> = {}): PagefindData {
	return {
		url: '/articles/some-text/?pf=1',
		raw_url: '/articles/some-text/',
		content,
		excerpt: 'page excerpt',
		meta: { title: 'Some Text' },
		filters: { article: ['Some Text'], author: ['A. Writer'], kind: [], unknown: ['dropped'] },
		locations: [],
		weighted_locations: [],
		sub_results: subs.map((s) => ({ title: '', url: '', excerpt: '', locations: [], weighted_locations: [], ...s })),
		...extra,
	};
}

const weighted = (...scores: number[]) => scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i }));

describe('matchedWords', () => {
	it('takes the words at the locations without punctuation or a possessive, once per folded spelling', () => {
		const words = ['(Bakiyev’s', 'men', 'met', 'bakiyev,', 'and', 'Bakíyev.'];
		expect(matchedWords(words, [0, 3, 5, 1])).toEqual(['Bakiyev', 'men']);
	});

	it('skips locations past the end and words that are all punctuation', () => {
		expect(matchedWords(['—', 'word'], [0, 1, 7])).toEqual(['word']);
	});
});

describe('coverage', () => {
	it('counts the query slots the words cover, and those covered exactly as typed', () => {
		// Slots are folded query words; a prefix covers a slot, only an equal word covers it exactly.
		expect(coverage(['Security', 'Treaty'], [['secur'], ['treaty'], ['missing']])).toEqual({ matched: 2, exact: 1 });
	});

	it('reads the parts of a hyphenated word too', () => {
		expect(coverage(['Ki-moon'], [['moon']])).toEqual({ matched: 1, exact: 1 });
	});

	it('counts a slot once, whichever of its spellings matched', () => {
		expect(coverage(['Bakiev'], [['bakiyev', 'bakiev']])).toEqual({ matched: 1, exact: 1 });
	});

	it('reads a hyphenated word joined up too: "peace-keeping" is "peacekeeping"', () => {
		expect(coverage(['peace-keeping'], [['peacekeeping']])).toEqual({ matched: 1, exact: 1 });
	});

	it('covers a spelling of several words only with all of them', () => {
		const nato = [['nato', 'north atlantic treaty organization']];
		expect(coverage(['North', 'Atlantic', 'Treaty', 'Organization'], nato)).toEqual({ matched: 1, exact: 1 });
		expect(coverage(['Treaty', 'Organization'], nato)).toEqual({ matched: 0, exact: 0 });
	});
});

describe('withHighlight', () => {
	it('drops the URL’s own query and hash, adds a highlight per word, at most twelve, and the anchor', () => {
		const words = Array.from({ length: 14 }, (_, i) => `w${i}`);
		const href = withHighlight('/articles/x/?pf=1#old', words, 'p-3');
		const url = new URL(href, 'https://example.org');
		expect(url.pathname).toBe('/articles/x/');
		expect(url.searchParams.getAll('highlight')).toEqual(words.slice(0, 12));
		expect(url.hash).toBe('#p-3');
	});

	it('leaves out the query string when there is no word', () => {
		expect(withHighlight('/claims/a/b/', [])).toBe('/claims/a/b/');
	});
});

describe('pageUrl', () => {
	it('puts the base path before raw_url, and falls back to url', () => {
		const data = page('', []);
		const { raw_url: _, ...withoutRaw } = data;
		expect(pageUrl(data, '/companion/')).toBe('/companion/articles/some-text/');
		expect(pageUrl(withoutRaw, '/companion/')).toBe('/articles/some-text/?pf=1');
	});
});

describe('phrasesOf', () => {
	it('finds quoted phrases, folded for comparison, and drops empty ones', () => {
		expect(phrasesOf('alpha "Peace  Keeping," "" "  " beta')).toEqual([{ text: 'Peace  Keeping,', plain: 'peace keeping' }]);
	});
});

describe('passagesOf', () => {
	const content = 'The treaty organisation met. Later the Treaty was signed in Moscow.';
	//               0   1      2             3     4     5   6      7   8      9  10

	it('makes one passage per sub-result, placed by paragraph and section', () => {
		const data = page(content, [
			{
				title: '¶ 2 · The meeting',
				excerpt: '<mark>treaty</mark>',
				locations: [1],
				weighted_locations: weighted(2),
				anchor: { element: 'p', id: 'p-2', location: 0 },
			},
			{ title: 'A heading', locations: [6], weighted_locations: weighted(1), anchor: { element: 'h2', id: 'a-heading', location: 5 } },
			{ title: 'Photo caption', locations: [6], anchor: { element: 'figcaption', id: 'cap', location: 5 } },
		]);
		const [para, heading, caption] = passagesOf(data, [['treaty']], []);
		expect(para).toMatchObject({
			kind: 'passage',
			key: '/articles/some-text/#p-2',
			href: '/articles/some-text/?highlight=treaty#p-2',
			matched: 1,
			exact: 1,
			score: 2,
			title: 'Some Text',
			paragraph: 2,
			place: '¶ 2',
			section: 'The meeting',
			// Cut from its paragraph at both ends.
			excerpt: '…<mark>treaty</mark>…',
		});
		expect(para?.facets).toEqual({ article: ['Some Text'], author: ['A. Writer'] });
		expect(heading).toMatchObject({
			place: 'Section heading',
			section: 'A heading',
			href: '/articles/some-text/?highlight=Treaty#a-heading',
		});
		expect(heading?.paragraph).toBeUndefined();
		expect(caption).toMatchObject({ place: 'Photo caption', score: 0 });
		expect(caption?.section).toBeUndefined();
	});

	it('gives a match in the title alone one passage, the article itself, matching every word', () => {
		const [hit, ...rest] = passagesOf(page(content, []), [['some'], ['text']], []);
		expect(rest).toEqual([]);
		expect(hit).toMatchObject({
			place: 'Title',
			key: '/articles/some-text/#',
			href: '/articles/some-text/',
			matched: 2,
			exact: 0,
			excerpt: 'page excerpt',
		});
	});

	it('keeps only passages that hold every quoted phrase, and highlights the phrase whole', () => {
		const data = page(content, [
			{ title: '¶ 1', locations: [1, 2], anchor: { element: 'p', id: 'p-1', location: 0 } },
			{ title: '¶ 2', locations: [6, 7], anchor: { element: 'p', id: 'p-2', location: 5 } },
		]);
		const hits = passagesOf(data, [['treaty'], ['was']], phrasesOf('"treaty was"'));
		expect(hits.map((h) => h.key)).toEqual(['/articles/some-text/#p-2']);
		expect(new URL(hits[0]?.href ?? '', 'https://example.org').searchParams.getAll('highlight')).toEqual(['treaty was']);
	});
});

describe('withEllipses', () => {
	const section = 'Moscow’s hopes, as Kommersant reported, rest on the CSTO & the UN.';
	it('marks a cut at either end, and none where the excerpt holds the passage’s first or last words', () => {
		expect(withEllipses('as <mark>Kommersant</mark> reported', section)).toBe('…as <mark>Kommersant</mark> reported…');
		expect(withEllipses('Moscow&#x27;s hopes, as <mark>Kommersant</mark>', section)).toBe(
			'Moscow&#x27;s hopes, as <mark>Kommersant</mark>…',
		);
		expect(withEllipses('rest on the CSTO &amp; the <mark>UN</mark>.', section)).toBe('…rest on the CSTO &amp; the <mark>UN</mark>.');
		expect(withEllipses(`Moscow’s hopes, as <mark>Kommersant</mark> reported, rest on the CSTO &amp; the UN.`, section)).toBe(
			'Moscow’s hopes, as <mark>Kommersant</mark> reported, rest on the CSTO &amp; the UN.',
		);
	});
});

describe('highlight words of an unquoted query', () => {
	const text = 'officials said a sphere of influence grew . spheres of trade';
	const data = page(text, [
		{ title: '¶ 1', locations: [0, 3, 4, 5], anchor: { element: 'p', id: 'p-1', location: 0 } },
		{ title: '¶ 2', locations: [8, 9], anchor: { element: 'p', id: 'p-2', location: 8 } },
	]);
	const params = (href = '') => new URL(href, 'https://example.org').searchParams.getAll('highlight');

	it('sends the words as one phrase where the passage has them together, and never a lone function word or a word it found', () => {
		const hits = passagesOf(data, [['sphere'], ['of'], ['influence']], [], togetherOf('sphere of  influence'));
		expect(params(hits[0]?.href)).toEqual(['sphere of influence']);
		expect(params(hits[1]?.href)).toEqual(['spheres']);
	});

	it('has no phrase for one word or a query with quotes', () => {
		expect(togetherOf('sphere')).toBeUndefined();
		expect(togetherOf('"sphere of" influence')).toBeUndefined();
	});
});

describe('claimOf', () => {
	it('makes a claim hit from a claim page, with the words Pagefind located highlighted', () => {
		const data = page('Moscow hopes to sign.', [], {
			raw_url: '/claims/some-text/a-claim/',
			meta: { title: 'Moscow hopes to sign' },
			locations: [0, 3],
			filters: { kind: ['Prediction'], topic: ['Russia', 'UN'] },
		});
		expect(claimOf(data, 0.5)).toEqual({
			kind: 'claim',
			key: '/claims/some-text/a-claim/',
			href: '/claims/some-text/a-claim/?highlight=Moscow&highlight=sign',
			matched: 0,
			exact: 0,
			score: 0.5,
			title: 'Moscow hopes to sign',
			excerpt: 'page excerpt',
			facets: { kind: ['Prediction'], topic: ['Russia', 'UN'] },
		});
	});

	it('is titled by its URL when the page has no title', () => {
		expect(claimOf(page('', [], { meta: {} }), 1).title).toBe('/articles/some-text/');
	});
});

describe('better', () => {
	const hit = (matched: number, exact: number, score: number) => ({ matched, exact, score }) as Hit;

	it('ranks by words matched, then matched as typed, then score', () => {
		const hits = [hit(1, 1, 9), hit(2, 0, 1), hit(2, 1, 0), hit(2, 1, 5)];
		expect(hits.sort(better)).toEqual([hit(2, 1, 5), hit(2, 1, 0), hit(2, 0, 1), hit(1, 1, 9)]);
	});
});
