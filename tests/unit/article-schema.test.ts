import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ContentError, parseWithFriendlyErrors } from '../../src/lib/errors';
import { ArticleSchema } from '../../src/schemas/article';
import { formatPartialDate } from '../../src/schemas/partial-date';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'articles');

function validate(name: string) {
	const { frontmatter } = parseFrontmatter(readFileSync(join(FIXTURES, `${name}.md`), 'utf8'));
	return parseWithFriendlyErrors(ArticleSchema, frontmatter, `tests/fixtures/articles/${name}.md`);
}

function messageOf(name: string): string {
	try {
		validate(name);
	} catch (e) {
		expect(e).toBeInstanceOf(ContentError);
		return (e as Error).message;
	}
	throw new Error(`${name} was accepted`);
}

describe('article schema', () => {
	it('accepts a valid article and keeps the date as written', () => {
		const data = validate('valid');
		expect(data.published.date).toBe('2009-10');
		expect(data.claims).toEqual([]);
	});

	it('names a missing author', () => {
		expect(messageOf('missing-author')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/missing-author.md › author
			  expected: a group of fields
			  found:    nothing (the field is missing)
			  hint:     add "author"; every field is documented in src/schemas/"
		`);
	});

	it('rejects a day that is not on the calendar', () => {
		expect(messageOf('impossible-date')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/impossible-date.md › published.date
			  expected: a date that exists on the calendar
			  found:    "2009-02-30""
		`);
	});

	it('names an unknown field', () => {
		expect(messageOf('unknown-field')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/unknown-field.md › (frontmatter)
			  expected: only the documented fields
			  found:    unknown field "publisherr"
			  hint:     remove it or fix its spelling; the fields are listed, with what each means, in src/schemas/"
		`);
	});

	it('rejects an empty title', () => {
		expect(messageOf('empty-title')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/empty-title.md › title
			  expected: a value that is not empty
			  found:    an empty string"
		`);
	});

	it('rejects a URL without its scheme', () => {
		expect(messageOf('bad-url')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/bad-url.md › source.url
			  expected: an absolute http(s) URL
			  found:    "example.org/a/1.html""
		`);
	});

	it('does not turn an unquoted year into a date', () => {
		expect(messageOf('unquoted-year')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/unquoted-year.md › published.date
			  expected: text
			  found:    the number 2009
			  hint:     YAML reads unquoted numbers and dates as such: put the value in quotes"
		`);
	});

	it('asks why a publisher is unverified', () => {
		expect(messageOf('unverified-without-note')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/unverified-without-note.md › organisation.note
			  expected: a note saying why, since the publisher is not confirmed
			  found:    nothing (the field is missing)"
		`);
	});

	it('lists the allowed certainty values', () => {
		expect(messageOf('unknown-certainty')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/unknown-certainty.md › organisation.certainty
			  expected: one of "confirmed", "likely", "unverified"
			  found:    "sure""
		`);
	});
});

describe('partial dates', () => {
	it.each([
		['2010', '2010'],
		['2009-10', 'October 2009'],
		['2010-03-18', '18 March 2010'],
	])('%s reads as %s', (iso, text) => {
		expect(formatPartialDate(iso)).toBe(text);
	});
});
