import { describe, expect, it } from 'vitest';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { describeFinding, hedgesLost, notesMissingSides, summaryEchoes } from '../support/editorial-checks';
import { ROOT } from '../support/capture';

/*
 * EDITORIAL.md's rules for summaries and notes that a machine can hold (§ 4, § 8),
 * on the real content. The checks themselves fail on their fixture in
 * tests/unit/editorial-checks.test.ts.
 */

/** Summaries the guide lets stay close to their quote, each with its reason (EDITORIAL.md § 4): none today. */
const NEAR_VERBATIM_ALLOWED = new Map<string, string>();

describe('summaries and relation notes keep the editorial rules', () => {
	const graph = readContentGraph(contentDir(ROOT), ROOT);
	it('every summary says its quote in our own words', () => {
		expect(summaryEchoes(graph, NEAR_VERBATIM_ALLOWED).map(describeFinding)).toEqual([]);
	});
	it('every summary keeps the hedges of its quote', () => {
		expect(hedgesLost(graph).map(describeFinding)).toEqual([]);
	});
	it('every relation note names both sides and marks our reading', () => {
		expect(notesMissingSides(graph).map(describeFinding)).toEqual([]);
	});
});
