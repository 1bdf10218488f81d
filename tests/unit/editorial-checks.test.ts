import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentGraph } from '../../src/loaders/read-content';
import { describeFinding, hedgesLost, notesMissingSides, similarity, summaryEchoes } from '../support/editorial-checks';
import { ROOT } from '../support/capture';

/* Each editorial check on its fixture (tests/fixtures/editorial/README.md), where it must fail. */
const graph = readContentGraph(join(ROOT, 'tests', 'fixtures', 'editorial'), ROOT);
const ALPHA = 'tests/fixtures/editorial/articles/alpha-2009.md';
const BETA = 'tests/fixtures/editorial/articles/beta-2010.md';

describe('similarity', () => {
	it('is 1 for the same words, 0 for none shared, and ignores case, marks and the possessive', () => {
		expect(similarity('The bloc’s accord.', 'the “bloc” accord')).toBe(1);
		expect(similarity('one two', 'three four')).toBe(0);
		expect(similarity('a b c d', 'a b x y')).toBe(0.5);
	});
});

describe('editorial checks on their fixture', () => {
	it('finds the summary that restates its quote, naming file, claim and the similarity', () => {
		expect(summaryEchoes(graph).map(describeFinding)).toEqual([
			`${ALPHA} › claim accord-planned › summary: found a summary 0.96 similar to its quote ("The bloc hopes to sign an accord with the UN within 18 months time."); expected below 0.85: say what the quote means in our own words, its hedges kept (EDITORIAL.md § 4)`,
		]);
	});
	it('lets a summary the guide allows stay close', () => {
		expect(summaryEchoes(graph, new Map([['alpha-2009/accord-planned', 'a reason']]))).toEqual([]);
	});
	it('finds each hedge a summary drops', () => {
		const found = hedgesLost(graph);
		expect(found.map((f) => [f.file, f.at])).toEqual([
			[ALPHA, 'claim officers-leaving › summary'],
			[ALPHA, 'claim officers-leaving › summary'],
		]);
		expect(found.map((f) => f.found)).toEqual([
			'the quote\'s hedge "probably" missing from the summary ("Officers are leaving the bloc’s forces.")',
			'the quote\'s hedge "many" missing from the summary ("Officers are leaving the bloc’s forces.")',
		]);
		expect(found[0]?.expected).toBe('one of "probably", "likely" (EDITORIAL.md § 4, hedges stay)');
	});
	it('finds notes that leave out an author, a relayed source or “our reading”', () => {
		const found = notesMissingSides(graph);
		expect(found.map((f) => [f.file, f.at])).toEqual([
			[BETA, 'claim declaration-signed › relation reports-outcome-of alpha-2009/accord-planned › note'],
			[BETA, 'claim alliance-withholds › relation agrees-with alpha-2009/alliance-refused › note'],
		]);
		expect(found[0]?.found).toBe(
			'a note without the author Beta, the author Alpha, “our reading” ("The planned accord became the declaration.")',
		);
		expect(found[1]?.found).toMatch(/^a note without the source Officials \(/);
	});
});
