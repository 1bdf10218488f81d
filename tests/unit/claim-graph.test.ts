import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaimGraph } from '../../src/graph/build';
import { readArticles, readTopics } from '../../src/loaders/read-content';
import type { ClaimRef } from '../../src/shared/ids';
import { ROOT } from '../support/capture';

function graphOf(name: string) {
	const dir = join(ROOT, 'tests', 'fixtures', 'claims', name);
	const articles = readArticles(dir, ROOT);
	const { topics, file } = readTopics(dir, ROOT);
	return buildClaimGraph(articles, topics, file);
}

function messageOf(name: string): string {
	try {
		graphOf(name);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error(`${name} was accepted`);
}

describe('the claim graph', () => {
	const graph = graphOf('valid');
	const claim = (ref: string) => graph.byRef.get(ref as ClaimRef);

	it('places each quote in its paragraph, as the text has it', () => {
		const planned = claim('alpha-2009/agreement-planned');
		// Typed with straight quotes in the frontmatter; the text has curly ones.
		expect(planned?.text).toBe('The “agreement” will be signed within 18 months.');
		expect(planned?.paragraph).toBe(1);
		expect(claim('alpha-2009/nato-refused')?.paragraph).toBe(2);
	});

	it('shows a relation on both claims, the inverse derived', () => {
		expect(claim('beta-2010/declaration-announced')?.links).toEqual([
			{
				type: 'reports-outcome-of',
				direction: 'out',
				label: 'reports the outcome of',
				short: 'outcome of',
				other: 'alpha-2009/agreement-planned',
				within: false,
				note: 'The planned agreement became the declaration.',
			},
		]);
		expect(claim('alpha-2009/agreement-planned')?.links.map((l) => [l.direction, l.label, l.short, l.other, l.within])).toEqual([
			['out', 'gives a reason for', 'reason for', 'alpha-2009/nato-refused', true],
			['in', 'has its outcome reported by', 'outcome in', 'beta-2010/declaration-announced', false],
		]);
		expect(claim('alpha-2009/nato-refused')?.links.map((l) => [l.label, l.other])).toEqual([
			['is argued from', 'alpha-2009/agreement-planned'],
			['agrees with', 'beta-2010/nato-withholds'],
		]);
		expect(graph.edges).toHaveLength(3);
	});

	it('keeps who makes a claim: the source named, or nobody for the author', () => {
		expect(claim('alpha-2009/agreement-planned')?.attribution).toEqual({ name: 'Moscow' });
		expect(claim('alpha-2009/nato-refused')).not.toHaveProperty('attribution');
	});
});

describe('claim integrity errors name the file, the claim and the value', () => {
	it('a claim id used twice', () => {
		expect(messageOf('duplicate-claim-id')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/duplicate-claim-id/articles/alpha-2009.md › claims › agreement-planned
			  expected: a claim id used once in its article
			  found:    "agreement-planned" twice"
		`);
	});
	it('a quote that is not in the text, with the closest passage', () => {
		expect(messageOf('quote-not-found')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/quote-not-found/articles/alpha-2009.md › claims › nato-refused › quote
			  expected: an exact span of one paragraph of the text, found there exactly once
			  found:    "NATO has declined to work with the bloc.", which is not in the text
			  hint:     the closest passage is "NATO has refused to work with the bloc.""
		`);
	});
	it('a quote found more than once', () => {
		expect(messageOf('quote-twice')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/quote-twice/articles/alpha-2009.md › claims › nato-refused › quote
			  expected: an exact span of one paragraph of the text, found there exactly once
			  found:    "the bloc", 2 times (paragraphs 1, 2)
			  hint:     lengthen the quote until it is unique"
		`);
	});
	it('a relation to a claim that does not exist', () => {
		expect(messageOf('relation-missing-target')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/relation-missing-target/articles/beta-2010.md › claims › nato-withholds › relations › alpha-2009/nato-refuses
			  expected: the id of an existing claim, as "<article-id>/<claim-id>"
			  found:    "alpha-2009/nato-refuses", which does not exist
			  hint:     claims in alpha-2009: agreement-planned, nato-refused"
		`);
	});
	it('a relation to the claim itself', () => {
		expect(messageOf('relation-to-self')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/relation-to-self/articles/beta-2010.md › claims › nato-withholds › relations › beta-2010/nato-withholds
			  expected: a relation to another claim
			  found:    a relation to the claim itself"
		`);
	});
	it('a relation declared on both sides', () => {
		expect(messageOf('relation-twice')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/relation-twice/articles/beta-2010.md › claims › nato-withholds › relations › alpha-2009/nato-refused
			  expected: each pair of claims related once (the inverse is derived)
			  found:    a second relation between beta-2010/nato-withholds and alpha-2009/nato-refused (first: agrees-with, declared on alpha-2009/nato-refused)
			  hint:     keep one relation, on either side"
		`);
	});
	it('an unknown kind', () => {
		expect(messageOf('unknown-kind')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/unknown-kind/articles/alpha-2009.md › claims › agreement-planned › kind
			  expected: one of "report", "assessment", "prediction"
			  found:    "forecast""
		`);
	});
	it('an unknown topic', () => {
		expect(messageOf('unknown-topic')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/unknown-topic/articles/alpha-2009.md › claims › agreement-planned › topics
			  expected: a topic from tests/fixtures/claims/unknown-topic/topics.yaml
			  found:    "united-nations"
			  hint:     known topics: un, nato"
		`);
	});
	it('an unknown relation type', () => {
		expect(messageOf('unknown-relation-type')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/unknown-relation-type/articles/beta-2010.md › claims › nato-withholds › relations › alpha-2009/nato-refused › type
			  expected: one of "agrees-with", "corroborates", "disagrees-with", "qualifies", "elaborates", "supports", "reports-outcome-of"
			  found:    "contradicts""
		`);
	});
	it('two quotes that overlap', () => {
		expect(messageOf('overlapping-quotes')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/overlapping-quotes/articles/alpha-2009.md › claims › moscow-dominates
			  expected: a quote that does not overlap another claim
			  found:    it overlaps "nato-refused" in paragraph 2
			  hint:     shorten one of the two quotes"
		`);
	});
	it('raw HTML in a body, refused rather than sanitised', () => {
		expect(messageOf('raw-html')).toMatchInlineSnapshot(`
			"Content has 2 problems:

			tests/fixtures/claims/raw-html/articles/alpha-2009.md › line 34
			  expected: Markdown only: raw HTML is not allowed in an article body
			  found:    "<img src=\\"x\\" onerror=\\"alert(1)\\">"
			  hint:     write the text as Markdown; mark slips with :sic[…]{correct="…"} and the bio with :::author-note

			tests/fixtures/claims/raw-html/articles/alpha-2009.md › line 36
			  expected: Markdown only: raw HTML is not allowed in an article body
			  found:    "<script>alert(\\"owned\\")</script>"
			  hint:     write the text as Markdown; mark slips with :sic[…]{correct="…"} and the bio with :::author-note"
		`);
	});
	it('no topics file', () => {
		expect(messageOf('missing-topics-file')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/missing-topics-file/topics.yaml › (file)
			  expected: the list of claim topics
			  found:    no such file
			  hint:     create it: a YAML list of {id, label, description}"
		`);
	});
	it('a topic id listed twice', () => {
		expect(messageOf('duplicate-topic')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/duplicate-topic/topics.yaml › topic un
			  expected: each topic id once
			  found:    it twice"
		`);
	});
	it('a topic without a label', () => {
		expect(messageOf('topic-without-label')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/topic-without-label/topics.yaml › un › label
			  expected: text
			  found:    nothing (the field is missing)
			  hint:     add "label"; every field is documented in src/schemas/"
		`);
	});
	it('a quote whose quotation marks are not balanced', () => {
		expect(messageOf('unbalanced-quote')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/unbalanced-quote/articles/alpha-2009.md › claims › agreement-planned › quote
			  expected: a quote whose quotation marks are balanced
			  found:    "The “agreement", with an opening “ without its closing ”
			  hint:     extend the quote to the closing mark, or start it after the opening one"
		`);
	});
	it('a summary that repeats its quote', () => {
		expect(messageOf('summary-repeats-quote')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/summary-repeats-quote/articles/alpha-2009.md › claims › nato-refused › summary
			  expected: a summary in our own words, saying what the quote claims
			  found:    the quote repeated word for word
			  hint:     write one neutral sentence that keeps the quote’s hedges; content/EDITORIAL.md § Summaries"
		`);
	});
	it('an attribution that names nobody', () => {
		expect(messageOf('attributed-to-nobody')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/attributed-to-nobody/articles/alpha-2009.md › claims › nato-refused › attributedTo
			  expected: the source the author relays, by name as the text gives it (e.g. "Nikolai Bordyuzha", "Russian officials")
			  found:    "unknown", which names nobody
			  hint:     leave attributedTo out when the claim is the author’s own"
		`);
	});
	it('an attribution to a source the text does not name', () => {
		expect(messageOf('attribution-not-in-text')).toMatchInlineSnapshot(`
			"Content has a problem:

			tests/fixtures/claims/attribution-not-in-text/articles/alpha-2009.md › claims › nato-refused › attributedTo
			  expected: a source named in the article’s text, as the text gives it
			  found:    "NATO officials", which is not in the text
			  hint:     copy the name from the text (e.g. "Russian officials", not "the Russian government")"
		`);
	});
	it('a relation without its note, or with an empty one', () => {
		expect(messageOf('relation-without-note')).toMatchInlineSnapshot(`
			"Content has 2 problems:

			tests/fixtures/claims/relation-without-note/articles/beta-2010.md › claims › declaration-announced › relations › alpha-2009/agreement-planned › note
			  expected: a note saying what each claim says and why they are related
			  found:    nothing (the field is missing)
			  hint:     add "note"; every field is documented in src/schemas/

			tests/fixtures/claims/relation-without-note/articles/beta-2010.md › claims › nato-withholds › relations › alpha-2009/nato-refused › note
			  expected: a note saying what each claim says and why they are related
			  found:    an empty string"
		`);
	});
});
