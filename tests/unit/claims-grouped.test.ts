import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/integrations/permalinks';
import type { PagefindData } from '../../src/scripts/search/pagefind-types';
import { claimsOfPage, isClaimsPage } from '../../src/scripts/search/hits';
import { matches } from '../../src/scripts/search/state';
import type { ClaimRef } from '../../src/shared/ids';
import { movedTo } from '../../src/shared/moved';
import { libraryPlan } from '../../src/shared/library-plan';
import { makeUrls, parseClaimUrl } from '../../src/shared/urls';

/**
 * A library (more than COMPANION_MAX articles, src/shared/library-plan.ts): a claim is a section of its article's
 * claims page, its old page forwarded, its search hit a sub-result of that page.
 */
const ref = 'some-text-2010/a-claim' as ClaimRef;
const parts = (href: string) => {
	const url = new URL(href, 'https://example.org');
	return [url.pathname, url.hash] as const;
};

describe('a claim’s URL by the library’s size', () => {
	for (const base of ['/', '/companion/']) {
		it(`is the claim's own page in a small library and its section in a large one, under '${base}'`, () => {
			expect(makeUrls(base, libraryPlan(2)).claimPage(ref)).toBe(`${base}claims/some-text-2010/a-claim/`);
			const large = makeUrls(base, libraryPlan(1000));
			expect(large.claimPage(ref)).toBe(`${base}articles/some-text-2010/claims/#a-claim`);
			expect(large.articleClaims('some-text-2010')).toBe(`${base}articles/some-text-2010/claims/`);
			expect(parseClaimUrl(...parts(large.claimPage(ref)))).toBe(ref);
		});
	}

	it('reads no claim from an article’s claims page without a section, or with a paragraph’s', () => {
		expect(parseClaimUrl('/articles/a/claims/')).toBeUndefined();
		expect(parseClaimUrl('/articles/a/claims/', '#A_b')).toBeUndefined();
		expect(parseClaimUrl('/claims/related/2/')).toBeUndefined();
	});
});

describe('the moved claim pages (src/shared/moved.ts)', () => {
	it('forwards a claim page to its section, in a large library only', () => {
		expect(movedTo('/claims/alpha-2009/first-claim/', { claimHome: 'article-section' })).toBe('/articles/alpha-2009/claims/#first-claim');
		expect(movedTo('/claims/alpha-2009/first-claim/', { claimHome: 'own-page' })).toBeUndefined();
	});

	it('leaves the claims index’s filter pages, which have a claim page’s shape, where they are', () => {
		for (const path of [
			'/claims/kind/report/',
			'/claims/said/author/',
			'/claims/topic/un/',
			'/claims/related/2/',
			'/claims/2/',
			'/claims/a/b',
		]) {
			expect(movedTo(path, { claimHome: 'article-section' }), path).toBeUndefined();
		}
	});

	it('writes one placeholder rule in _redirects for every claim, after rules keeping the filter pages, under the base path', () => {
		const moved = ['first-claim', 'second-claim'].map((c) => ({
			from: `/claims/alpha-2009/${c}/`,
			to: `/articles/alpha-2009/claims/#${c}`,
		}));
		const rules = redirectsFile('/companion/', new Map(), moved)
			.split('\n')
			.filter((l) => l !== '' && !l.startsWith('#'));
		expect(rules).toEqual([
			'/companion/claims/kind/:page/ /companion/claims/kind/:page/ 200',
			'/companion/claims/said/:page/ /companion/claims/said/:page/ 200',
			'/companion/claims/topic/:page/ /companion/claims/topic/:page/ 200',
			'/companion/claims/related/:page/ /companion/claims/related/:page/ 200',
			'/companion/claims/:article/:claim/ /companion/articles/:article/claims/#:claim 301',
		]);
	});

	it('writes no claim rule where no claim page moved (a small library)', () => {
		expect(redirectsFile('/', new Map(), [])).not.toContain('/claims/');
	});
});

/** An article's claims page as Pagefind's data() returns it: two claims, a section each, their facets in an anchor after them. */
function claimsPage(): PagefindData {
	const facets = (kind: string, topic: string) => JSON.stringify({ kind: [kind], said: ['The author'], topic: [topic], mentions: [] });
	return {
		url: '/articles/some-text/claims/?pf=1',
		raw_url: '/articles/some-text/claims/',
		content: 'Moscow hopes to sign. “Moscow will sign soon.” Talks stalled. “The talks stalled in Moscow.”',
		excerpt: '',
		meta: { title: 'Some Text' },
		filters: { article: ['Some Text'], author: ['A. Writer'], publisher: ['Pub'], kind: ['Prediction', 'Report'], topic: ['UN', 'Russia'] },
		locations: [0, 4, 14],
		weighted_locations: [],
		anchors: [
			{ element: 'section', id: 'first', title: 'Moscow hopes to sign.', location: 0 },
			{ element: 'span', id: 'first--facets', title: facets('Prediction', 'UN'), location: 8 },
			{ element: 'section', id: 'second', title: 'Talks stalled.', location: 8 },
			{ element: 'span', id: 'second--facets', title: facets('Report', 'Russia'), location: 15 },
		],
		sub_results: [
			{
				title: 'Moscow hopes to sign.',
				url: '',
				excerpt: '<mark>Moscow</mark> hopes',
				locations: [0, 4],
				weighted_locations: [],
				anchor: { element: 'section', id: 'first', location: 0 },
			},
			{
				title: 'Talks stalled.',
				url: '',
				excerpt: 'in <mark>Moscow</mark>',
				locations: [14],
				weighted_locations: [],
				anchor: { element: 'section', id: 'second', location: 8 },
			},
			{
				title: '',
				url: '',
				excerpt: '',
				locations: [],
				weighted_locations: [],
				anchor: { element: 'span', id: 'second--facets', location: 15 },
			},
		],
	};
}

describe('claims search in a large library (claimsOfPage)', () => {
	it('knows an article’s claims page from a claim’s own page', () => {
		expect(isClaimsPage(claimsPage())).toBe(true);
		expect(isClaimsPage({ ...claimsPage(), raw_url: '/claims/some-text/first/' })).toBe(false);
	});

	it('makes one hit per matching claim, linking to its section with the words highlighted', () => {
		const hits = claimsOfPage(claimsPage(), 2);
		expect(hits.map((h) => [h.key, h.href, h.title])).toEqual([
			['/articles/some-text/claims/#first', '/articles/some-text/claims/?highlight=Moscow#first', 'Moscow hopes to sign.'],
			['/articles/some-text/claims/#second', '/articles/some-text/claims/?highlight=Moscow#second', 'Talks stalled.'],
		]);
	});

	it('gives each claim its own facets, so a filter narrows claims, not the article', () => {
		const [first, second] = claimsOfPage(claimsPage(), 2);
		expect(first?.facets).toMatchObject({ kind: ['Prediction'], topic: ['UN'], article: ['Some Text'] });
		const report = new Map([['kind', new Set(['Report'])]]);
		expect(first && matches(first, report)).toBe(false);
		expect(second && matches(second, report)).toBe(true);
	});

	it('leaves out a section whose facets cannot be read rather than guess them', () => {
		const data = claimsPage();
		data.anchors = (data.anchors ?? []).map((a) => (a.id === 'first--facets' ? { ...a, title: 'not json' } : a));
		expect(claimsOfPage(data, 1).map((h) => h.key)).toEqual(['/articles/some-text/claims/#second']);
	});
});
