import { describe, expect, it } from 'vitest';
import { toClaimRef } from '../../src/shared/ids';
import { libraryPlan, type LibraryPlan } from '../../src/shared/library-plan';
import { makeUrls } from '../../src/shared/urls';

/**
 * The one place the library's size is decided (src/shared/library-plan.ts): each switch at the
 * sizes `npm test` builds (the two-article site, the mid-size fixture library, the 50-article
 * library) and at three, the smallest library of several pairs.
 */
const companion = (articles: number, pairHome: LibraryPlan['pairHome']): LibraryPlan => ({
	articles,
	regime: 'companion',
	claimHome: 'own-page',
	parallelOrders: 'both',
	timeline: 'publications',
	pairHome,
	authors: 'named',
});

describe('the library plan', () => {
	it('keeps the two-article site a companion whose one pair is /compare/ and /map/', () => {
		expect(libraryPlan(2)).toEqual(companion(2, 'index'));
	});

	it('gives three or ten articles a companion whose pairs have pages of their own', () => {
		expect(libraryPlan(3)).toEqual(companion(3, 'own-page'));
		expect(libraryPlan(10)).toEqual(companion(10, 'own-page'));
	});

	it('keeps 30 articles a companion and makes 31 a library', () => {
		expect(libraryPlan(30).regime).toBe('companion');
		expect(libraryPlan(31).regime).toBe('library');
	});

	it('makes 50 articles a library: claims as sections, one order of each pair, the timeline by year, the authors counted', () => {
		expect(libraryPlan(50)).toEqual({
			articles: 50,
			regime: 'library',
			claimHome: 'article-section',
			parallelOrders: 'older-left',
			timeline: 'years',
			pairHome: 'own-page',
			authors: 'counted',
		});
	});
});

describe('the URLs the plan decides', () => {
	const ref = toClaimRef('alpha-2009/first-claim');
	it('puts a claim on its own page in a companion and in a section of its article’s claims page in a library', () => {
		expect(makeUrls('/', libraryPlan(10)).claimPage(ref)).toBe('/claims/alpha-2009/first-claim/');
		expect(makeUrls('/companion/', libraryPlan(50)).claimPage(ref)).toBe('/companion/articles/alpha-2009/claims/#first-claim');
	});

	it('compares and maps the two-article site’s one pair at /compare/ and /map/, and any other pair on its own page', () => {
		const two = makeUrls('/', libraryPlan(2));
		expect(two.comparePair('alpha-2009', 'beta-2010')).toBe('/compare/');
		expect(two.map('alpha-2009', 'beta-2010')).toBe('/map/');
		const three = makeUrls('/companion/', libraryPlan(3));
		expect(three.comparePair('alpha-2009', 'beta-2010')).toBe('/companion/compare/alpha-2009/beta-2010/');
		expect(three.map('alpha-2009', 'beta-2010')).toBe('/companion/map/alpha-2009/beta-2010/');
		expect(three.map()).toBe('/companion/map/');
	});
});
