import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build';

describe('a malformed content folder fails `astro build` with a clear message', () => {
	it('names the file and field of a schema error', () => {
		const { status, output } = buildSite('./tests/fixtures/sites/missing-author');
		expect(status).not.toBe(0);
		expect(output).toContain('tests/fixtures/sites/missing-author/articles/missing-author.md › author');
		expect(output).toContain('found:    nothing (the field is missing)');
	});

	it('stops two files that give one article id', () => {
		const { status, output } = buildSite('./tests/fixtures/sites/duplicate-id');
		expect(status).not.toBe(0);
		expect(output).toMatch(/tests\/fixtures\/sites\/duplicate-id\/articles\/(B|b)lank-2010\.md › file name/);
		expect(output).toMatch(/found: {4}"blank-2010", already the id of tests\/fixtures\/sites\/duplicate-id\/articles\/(B|b)lank-2010\.md/);
	});

	it('stops on a claim whose quote is not in the text, naming the closest passage', () => {
		const { status, output } = buildSite('./tests/fixtures/claims/quote-not-found');
		expect(status).not.toBe(0);
		expect(output).toContain('tests/fixtures/claims/quote-not-found/articles/alpha-2009.md › claims › nato-refused › quote');
		expect(output).toContain('hint:     the closest passage is "NATO has refused to work with the bloc."');
	});

	it('refuses raw HTML (a script, an onerror attribute) in an article body', () => {
		const { status, output } = buildSite('./tests/fixtures/claims/raw-html');
		expect(status).not.toBe(0);
		expect(output).toContain('tests/fixtures/claims/raw-html/articles/alpha-2009.md › line 34');
		expect(output).toContain('found:    "<script>alert(\\"owned\\")</script>"');
	});

	it('fails when a recorded permalink is gone, naming it', () => {
		const { status, output } = buildSite('./tests/fixtures/sites/lost-permalink');
		expect(status).not.toBe(0);
		expect(output).toContain('tests/fixtures/sites/lost-permalink/permalinks.txt › /claims/alpha-2009/agreement-signed/');
		expect(output).toContain('tests/fixtures/sites/lost-permalink/permalinks.txt › /articles/alpha-2009/#claim-gone');
		expect(output).toContain('found:    the build no longer has it');
		expect(output).not.toContain('permalinks.txt › /articles/alpha-2009/\n');
	});
});
