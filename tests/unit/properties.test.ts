import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClaimGraph } from '../../src/graph/build';
import type { SourceArticle } from '../../src/graph/types';
import { ContentError, parseWithFriendlyErrors } from '../../src/shared/errors';
import type { ArticleId } from '../../src/shared/ids';
import { ArticleSchema, type ArticleData } from '../../src/schemas/article';

/**
 * Whatever an editor writes, the content checks answer with data or with one
 * formatted ContentError: never a crash, a TypeError or a stack trace.
 */
const VALID: ArticleData = {
	title: 'A Title',
	author: { name: 'Jane Doe', affiliation: 'analyst' },
	organisation: { name: 'Press', shortName: 'P', certainty: 'confirmed' },
	published: { date: '2009-10', note: 'Known to the month.' },
	source: { url: 'https://example.org/a', capture: 'a.txt', note: 'A capture.' },
	summary: 'One. Two.',
	language: 'en',
	claims: [],
};

/**
 * Runs one input: data that passes `accepted`, or a formatted ContentError.
 * Returns which it was, so a property can show it met both.
 */
function expectFormatted<T>(run: () => T, accepted: (result: T) => void): 'data' | 'error' {
	let result: T;
	try {
		result = run();
	} catch (e) {
		expect(e).toBeInstanceOf(ContentError);
		const message = (e as Error).message;
		expect(message).toMatch(/^Content has (a problem|\d+ problems):\n\n\S+ › /);
		expect(message).not.toMatch(/\n\s+at \S+ \(/);
		expect(message).not.toContain('undefined ›');
		return 'error';
	}
	accepted(result);
	return 'data';
}

/** Data the schema let through is valid frontmatter: checking it again changes nothing. */
const isValidFrontmatter = (data: ArticleData) => expect(ArticleSchema.parse(data)).toEqual(data);

// A value of any shape, and the valid frontmatter with one field replaced by it.
const anyValue = fc.oneof(fc.anything(), fc.string(), fc.date({ noInvalidDate: true }), fc.integer(), fc.constant(undefined));
const paths = [
	'title',
	'author',
	'author.name',
	'organisation',
	'organisation.certainty',
	'organisation.url',
	'published.date',
	'source.url',
	'language',
	'claims',
	'caption',
	'extra',
];

function withField(path: string, value: unknown): Record<string, unknown> {
	const copy = structuredClone(VALID) as unknown as Record<string, unknown>;
	const keys = path.split('.');
	let cur = copy;
	for (const key of keys.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
	cur[keys.at(-1) as string] = value;
	return copy;
}

describe('property: frontmatter never crashes the schema check', () => {
	it('any value in any field', () => {
		const outcomes = new Set<string>();
		fc.assert(
			fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
				outcomes.add(
					expectFormatted(
						() => parseWithFriendlyErrors(ArticleSchema, withField(path, value), 'content/articles/x.md'),
						isValidFrontmatter,
					),
				);
			}),
			{ numRuns: 400 },
		);
		// Generators that only ever hit one branch would leave the other untested.
		expect([...outcomes].sort()).toEqual(['data', 'error']);
	});

	it('any object at all', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				expectFormatted(() => parseWithFriendlyErrors(ArticleSchema, input, 'content/articles/x.md'), isValidFrontmatter);
			}),
			{ numRuns: 300 },
		);
	});

	it('any partial ISO-looking date', () => {
		const outcomes = new Set<string>();
		fc.assert(
			fc.property(fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/), (date) => {
				const outcome = expectFormatted(
					() => parseWithFriendlyErrors(ArticleSchema, withField('published.date', date), 'content/articles/x.md'),
					(data) => {
						isValidFrontmatter(data);
						expect(data.published.date).toBe(date);
					},
				);
				outcomes.add(outcome);
			}),
			{ numRuns: 200 },
		);
		expect([...outcomes].sort()).toEqual(['data', 'error']);
	});
});

describe('property: claims never crash the graph', () => {
	const BODY =
		'The “agreement” will be signed within 18 months. It will give the bloc legitimacy.\n\nNATO has refused to work with the bloc.\n';
	const article = (claims: unknown[]): SourceArticle => ({
		id: 'x-2009' as ArticleId,
		file: 'content/articles/x-2009.md',
		data: parseWithFriendlyErrors(ArticleSchema, { ...VALID, claims }, 'content/articles/x-2009.md'),
		body: BODY,
		bodyLine: 20,
	});
	const topics = [{ id: 'un', label: 'UN', description: 'The UN.' }];
	// Quotes cut from the body (sometimes found, sometimes twice, sometimes overlapping) or made up.
	const quote = fc.oneof(
		fc.tuple(fc.nat(BODY.length), fc.nat(60)).map(([start, len]) => BODY.slice(start, start + len + 1)),
		fc.string({ minLength: 1 }),
	);
	const claim = fc.record({
		id: fc.constantFrom('a', 'b', 'c-d', 'bad id'),
		summary: fc.constant('A summary.'),
		quote,
		kind: fc.constantFrom('report', 'assessment', 'prediction'),
		topics: fc.constantFrom(['un'], ['nope']),
		relations: fc.array(
			fc.record({
				type: fc.constantFrom('agrees-with', 'elaborates'),
				target: fc.constantFrom('x-2009/a', 'y-2010/b', 'x-2009/zz'),
				note: fc.constant('Why.'),
			}),
			{ maxLength: 2 },
		),
	});

	it('any set of claims gives a graph or a formatted error', () => {
		const outcomes = new Set<string>();
		fc.assert(
			fc.property(fc.array(claim, { maxLength: 5 }), (claims) => {
				let input: SourceArticle;
				try {
					input = article(claims);
				} catch (e) {
					// A claim the schema refuses never reaches the graph: that path is the schema's property above.
					expect(e).toBeInstanceOf(ContentError);
					return;
				}
				const outcome = expectFormatted(
					() => buildClaimGraph([input], topics, 'content/topics.yaml'),
					(graph) => {
						// A graph holds the claims as given (in text order), each in the paragraph it names.
						expect(graph.claims.map((c) => c.id).sort()).toEqual(input.data.claims.map((c) => c.id).sort());
						for (const node of graph.claims) {
							expect(BODY.split('\n\n')[node.paragraph - 1]).toContain(node.text);
						}
					},
				);
				outcomes.add(outcome);
			}),
			{ numRuns: 300 },
		);
		expect([...outcomes].sort()).toEqual(['data', 'error']);
	});
});
