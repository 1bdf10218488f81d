import { describe, expect, it } from 'vitest';
import type { ClaimRef } from '../../src/shared/ids';
import { libraryPlan } from '../../src/shared/library-plan';
import { makeUrls, parseClaimUrl } from '../../src/shared/urls';

const ref = 'some-text-2010/a-claim' as ClaimRef;

/** A built URL split as the browser splits it. */
const parts = (href: string) => {
	const url = new URL(href, 'https://example.org');
	return [url.pathname, url.hash] as const;
};

describe('parseClaimUrl', () => {
	for (const base of ['/', '/companion/', '/deep/base']) {
		it(`reads back the claim mark and the claim page that makeUrls('${base}') builds`, () => {
			const urls = makeUrls(base, libraryPlan(2));
			expect(parseClaimUrl(...parts(urls.claimMark(ref)))).toBe(ref);
			expect(parseClaimUrl(...parts(urls.claimPage(ref)))).toBe(ref);
		});

		it(`finds no claim in the other URLs makeUrls('${base}') builds`, () => {
			const urls = makeUrls(base, libraryPlan(2));
			for (const href of [
				urls.article('some-text-2010'),
				urls.claimsIndex(),
				urls.claimsKind('report'),
				urls.claimsSaid('author'),
				urls.topic('un'),
				urls.claimsRelated(),
				urls.compare(),
				urls.path('about/'),
			]) {
				expect(parseClaimUrl(...parts(href)), href).toBeUndefined();
			}
		});
	}

	it('refuses a reading page link to anything but a claim, and a claim page with a hash', () => {
		expect(parseClaimUrl('/articles/a/', '#p-3')).toBeUndefined();
		expect(parseClaimUrl('/articles/a/', '#claim-')).toBeUndefined();
		expect(parseClaimUrl('/claims/a/b/', '#cite')).toBeUndefined();
	});

	it('refuses ids that are not kebab-case, and paths without the trailing slash', () => {
		expect(parseClaimUrl('/articles/A_b/', '#claim-c')).toBeUndefined();
		expect(parseClaimUrl('/articles/a/', '#claim-c--d')).toBeUndefined();
		expect(parseClaimUrl('/claims/a/b')).toBeUndefined();
		expect(parseClaimUrl('/claims/a/b/c/')).toBeUndefined();
	});
});
