import { describe, expect, it } from 'vitest';
import { libraryPlan } from '../../src/shared/library-plan';
import { makeUrls, parseClaimUrl, parseParallelUrl } from '../../src/shared/urls';

const path = (href: string) => new URL(href, 'https://example.org').pathname;

describe('parallel URLs', () => {
	for (const base of ['/', '/companion/', '/deep/base']) {
		it(`reads back the pair that makeUrls('${base}').parallel builds, in its order`, () => {
			const urls = makeUrls(base, libraryPlan(2));
			expect(parseParallelUrl(path(urls.parallel('one-2009', 'two-2010')))).toEqual({ left: 'one-2009', right: 'two-2010' });
			expect(parseParallelUrl(path(urls.parallel('two-2010', 'one-2009')))).toEqual({ left: 'two-2010', right: 'one-2009' });
		});

		it(`builds paths under the base ('${base}') and paragraph links with the column's prefix`, () => {
			const urls = makeUrls(base, libraryPlan(2));
			const root = base.replace(/\/?$/, '/');
			expect(urls.parallel('a', 'b')).toBe(`${root}read/a/b/`);
			expect(urls.parallelParagraph('a', 'b', 'b', 4)).toBe(`${root}read/a/b/#b-p-4`);
		});

		it(`finds no pair in the other URLs makeUrls('${base}') builds, and no claim in a pair`, () => {
			const urls = makeUrls(base, libraryPlan(2));
			for (const href of [urls.article('a'), urls.compare(), urls.claimsIndex(), urls.claimPage('a/b' as never), urls.path('read/')]) {
				expect(parseParallelUrl(path(href)), href).toBeUndefined();
			}
			expect(parseClaimUrl(path(urls.parallel('a', 'b')))).toBeUndefined();
		});
	}

	it('refuses a text set beside itself and ids that are not kebab-case', () => {
		expect(parseParallelUrl('/read/a/a/')).toBeUndefined();
		expect(parseParallelUrl('/read/A/b/')).toBeUndefined();
		expect(parseParallelUrl('/read/a/b')).toBeUndefined();
		expect(parseParallelUrl('/read/a/b/c/')).toBeUndefined();
	});
});
