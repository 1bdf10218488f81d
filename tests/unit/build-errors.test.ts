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
});
