import { describe, expect, it } from 'vitest';
import { buildTextDirective, countMatches, serialize } from '../../src/cite/text-fragment';
import { claimSourceLink } from '../../src/site/source-links';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';
import { checkFragmentsOf } from '../support/fragment-checks';

const graph = fixtureGraph();

describe('text fragments of the fixture claims', () => checkFragmentsOf(graph, FIXTURE_CONTENT));

describe('text fragments to the original pages', () => {
	it('adds context when the words alone occur twice', () => {
		const doc = 'The bloc is new. NATO has refused the bloc. Moscow leads the bloc.';
		expect(countMatches(doc, { start: 'the bloc' })).toBe(3);
		const d = buildTextDirective(doc, 'the bloc. Moscow'.slice(0, 8));
		expect(countMatches(doc, d)).toBe(1);
	});

	it('cuts a long quote to its first and last words', () => {
		const quote = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
		const d = buildTextDirective(`Before. ${quote}. After.`, quote);
		expect(d).toEqual({ start: 'one two three four', end: 'fourteen fifteen sixteen seventeen' });
	});

	it('encodes the directive syntax characters inside the text', () => {
		expect(serialize({ prefix: 'a-b', start: 'UN, CSTO & co', suffix: 'x' })).toBe('text=a%2Db-,UN%2C%20CSTO%20%26%20co,-x');
	});

	it('links each claim to its source page with the fragment', () => {
		for (const claim of graph.claims) {
			const url = graph.articleById.get(claim.article)?.data.source.url;
			expect(claimSourceLink(graph, claim, FIXTURE_CONTENT).startsWith(`${url}#:~:text=`), claim.ref).toBe(true);
		}
	});
});
