import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildTextDirective, countMatches, serialize } from '../../src/cite/text-fragment';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';
import { captureOf, claimSourceLink } from '../../src/site/source-links';

// captureOf reads the captures of the content folder the build is given;
// the worker may run a check of the real content next, so put it back.
vi.stubEnv('CONTENT_DIR', FIXTURE_CONTENT);
afterAll(() => vi.unstubAllEnvs());
const graph = fixtureGraph();

describe('text fragments to the original pages', () => {
	it('has a capture for every article', () => {
		for (const article of graph.articles) expect(captureOf(graph, article.id), article.id).toBeTypeOf('string');
	});

	for (const claim of graph.claims) {
		it(`${claim.ref}: the fragment matches exactly one place in our copy`, () => {
			const doc = captureOf(graph, claim.article) as string;
			const directive = buildTextDirective(doc, claim.text);
			expect(countMatches(doc, directive)).toBe(1);
			// The matched place is the claim's: the quote starts with the fragment's start.
			expect(claim.text.replace(/\s+/g, ' ').toLowerCase().startsWith(directive.start.toLowerCase())).toBe(true);
			if (directive.end) expect(claim.text.replace(/\s+/g, ' ').toLowerCase().endsWith(directive.end.toLowerCase())).toBe(true);
		});
	}

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
			expect(claimSourceLink(graph, claim).startsWith(`${url}#:~:text=`), claim.ref).toBe(true);
		}
	});
});
