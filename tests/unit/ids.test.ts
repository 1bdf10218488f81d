import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/loaders/read-content';
import { articleIdFromFile, claimRef, splitClaimRef, toArticleId, toClaimId, toClaimRef } from '../../src/shared/ids';
import { ROOT } from '../support/capture';

describe('ids are made only through their guards', () => {
	it('keeps a kebab-case id and refuses anything else, naming it', () => {
		expect(toArticleId('blank-2010')).toBe('blank-2010');
		expect(() => toArticleId('Blank 2010')).toThrow('"Blank 2010" is not an article id');
		expect(() => toClaimId('un--agreement')).toThrow('"un--agreement" is not a claim id');
		expect(() => toClaimRef('blank-2010')).toThrow('is not a claim reference');
	});

	it('joins and splits a claim reference', () => {
		const ref = claimRef(toArticleId('alpha-2009'), toClaimId('nato-refused'));
		expect(ref).toBe('alpha-2009/nato-refused');
		expect(splitClaimRef(ref)).toEqual({ article: 'alpha-2009', claim: 'nato-refused' });
	});

	it('makes an article id of a file name, or nothing when the name cannot be one', () => {
		expect(articleIdFromFile('Blank 2010.md')).toBe('blank-2010');
		expect(articleIdFromFile('alpha_2009.md')).toBeUndefined();
		expect(articleIdFromFile('Ōtani-2011.md')).toBeUndefined();
	});

	it('refuses an article file whose name makes no id, naming the file', () => {
		const dir = join(ROOT, 'tests', 'fixtures', 'sites', 'bad-file-name');
		expect(() => readArticles(dir, ROOT)).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has a problem:

			tests/fixtures/sites/bad-file-name/articles/alpha_2009.md › file name
			  expected: a file name of letters a–z, digits, hyphens or spaces, then .md (it becomes the article id)
			  found:    "alpha_2009.md"
			  hint:     rename the file, e.g. "blank-2010.md"; the name becomes the article's permanent URL]
		`);
	});
});
