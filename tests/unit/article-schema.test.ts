import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ContentError, parseWithFriendlyErrors } from '../../src/shared/errors';
import { readArticles } from '../../src/loaders/read-content';
import { ArticleSchema } from '../../src/schemas/article';
import { formatBoundedDate, formatPartialDate, periodOf } from '../../src/schemas/partial-date';

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

	it('refuses a sentence-case title that changes more than the letter case', () => {
		expect(messageOf('sentence-case-reworded')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/sentence-case-reworded.md › titleSentenceCase
			  expected: the title "A Valid Article" with only its letter case changed
			  found:    "A valid essay""
		`);
		const data = validate('valid');
		expect(ArticleSchema.safeParse({ ...data, titleSentenceCase: 'A valid article' }).success).toBe(true);
		expect(ArticleSchema.safeParse({ ...data, titleSentenceCase: 'a valid article' }).success).toBe(false);
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

	it('rejects a bound outside the period the date gives', () => {
		expect(messageOf('bound-outside-date')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/bound-outside-date.md › published.earliest
			  expected: a date within published.date "2009-10" (2009-10-01 to 2009-10-31)
			  found:    "2009-11-02""
		`);
	});

	it('rejects an earliest bound after the latest', () => {
		expect(messageOf('bounds-reversed')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/bounds-reversed.md › published.latest
			  expected: a date on or after earliest ("2009-10-20")
			  found:    "2009-10-16""
		`);
	});

	it('rejects a bound that is not on the calendar', () => {
		expect(messageOf('bound-not-a-date')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/bound-not-a-date.md › published.earliest
			  expected: a date that exists on the calendar
			  found:    "2009-10-32""
		`);
	});

	it('asks why a host is not confirmed', () => {
		expect(messageOf('host-likely-without-note')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/articles/host-likely-without-note.md › host.note
			  expected: a note saying why, since the host is not confirmed
			  found:    nothing (the field is missing)"
		`);
	});

	it('accepts bounds inside the date', () => {
		const { frontmatter } = parseFrontmatter(readFileSync(join(FIXTURES, 'valid.md'), 'utf8'));
		const published = { ...(frontmatter.published as object), earliest: '2009-10-16', latest: '2009-10' };
		const data = parseWithFriendlyErrors(ArticleSchema, { ...frontmatter, published }, 'valid.md');
		expect(data.published).toMatchObject({ date: '2009-10', earliest: '2009-10-16', latest: '2009-10' });
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

describe('bounded dates', () => {
	it.each([
		['2009-10', { earliest: '2009-10-16' }, 'October 2009 (on or after the 16th)'],
		['2010', { earliest: '2010-04-07' }, '2010 (on or after 7 April)'],
		['2010', { latest: '2010-06' }, '2010 (on or before June)'],
		['2010', { earliest: '2010-04-07', latest: '2010-06-30' }, '2010 (between 7 April and 30 June)'],
		['2009-10', { earliest: '2009-10-01', latest: '2009-10-22' }, 'October 2009 (on or before the 22nd)'],
		['2009-10', { earliest: '2009-10', latest: '2009-10-31' }, 'October 2009'],
		['2009-10', {}, 'October 2009'],
		['2009-10', { earliest: '2009-10-11', latest: '2009-10-13' }, 'October 2009 (between the 11th and the 13th)'],
	])('%s with %o reads as %s', (date, bounds, text) => {
		expect(formatBoundedDate(date, bounds)).toBe(text);
	});

	it.each([
		['2010', '2010-01-01', '2010-12-31'],
		['2008-02', '2008-02-01', '2008-02-29'],
		['2009-10-16', '2009-10-16', '2009-10-16'],
	])('%s spans %s to %s', (iso, start, end) => {
		expect(periodOf(iso)).toEqual({ start, end });
	});
});

describe('readArticles', () => {
	it('stops two files that give one article id, naming both', () => {
		const dir = join(import.meta.dirname, '..', 'fixtures', 'sites', 'duplicate-id');
		const root = join(import.meta.dirname, '..', '..');
		expect(() => readArticles(dir, root)).toThrow(ContentError);
		expect(() => readArticles(dir, root)).toThrow(
			/tests\/fixtures\/sites\/duplicate-id\/articles\/(B|b)lank-2010\.md › file name[\s\S]*"blank-2010", already the id of tests\/fixtures\/sites\/duplicate-id\/articles\/(B|b)lank-2010\.md/,
		);
	});
});
