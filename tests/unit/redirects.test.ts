import { describe, expect, it } from 'vitest';
import { readRedirectMap, readRedirects } from '../../src/integrations/permalinks';

const fixture = (name: string) => `tests/fixtures/redirects/${name}`;
const failure = (name: string) => {
	try {
		readRedirects(fixture(name));
	} catch (error) {
		return String((error as Error).message);
	}
	throw new Error(`${name}/redirects.yaml was read without an error`);
};

describe('content/redirects.yaml', () => {
	it('gives the old side of every redirect, quoted or not', () => {
		expect([...readRedirects(fixture('valid'))].sort()).toEqual(['/articles/old-2009/', '/claims/alpha-2009/old-claim/']);
	});

	it('is empty when there is no file', () => {
		expect(readRedirects('tests/fixtures/redirects').size).toBe(0);
	});

	it('refuses a list, naming the file, what it expects and what it found', () => {
		const message = failure('not-a-mapping');
		expect(message).toContain('tests/fixtures/redirects/not-a-mapping/redirects.yaml › (file)');
		expect(message).toContain('expected: a mapping of "/old/path/": "/new/path/"');
		expect(message).toContain('found:    a list of 2');
	});

	it('refuses YAML it cannot read, naming the line', () => {
		const message = failure('bad-yaml');
		expect(message).toMatch(/tests\/fixtures\/redirects\/bad-yaml\/redirects\.yaml › line \d/);
		expect(message).toContain('found:    YAML it cannot read');
	});

	it('refuses an old path with no new one', () => {
		const message = failure('no-target');
		expect(message).toContain('tests/fixtures/redirects/no-target/redirects.yaml › /articles/old-2009/');
		expect(message).toContain('found:    null');
	});

	it('refuses a blank new path and one that is not text, naming each old path, what it expects and what it found', () => {
		const message = failure('empty-target');
		expect(message).toContain('tests/fixtures/redirects/empty-target/redirects.yaml › /articles/old-2009/');
		expect(message).toContain('found:    an empty string');
		expect(message).toContain('tests/fixtures/redirects/empty-target/redirects.yaml › /articles/older-2008/');
		expect(message).toContain('found:    an object with "to"');
		expect(message.match(/expected: the path it moved to, as text/g)).toHaveLength(2);
	});

	it('maps each old path to its new one, trimmed', () => {
		expect(Object.fromEntries(readRedirectMap(fixture('valid')))).toEqual({
			'/articles/old-2009/': '/articles/alpha-2009/',
			'/claims/alpha-2009/old-claim/': '/claims/alpha-2009/agreement-signed/',
		});
	});
});
