import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../support/fixture-content';
import { claimSaidBy } from '../../src/graph/said';
import { saidBy, saidByParts } from '../../src/shared/said-by';
import { articleLabels } from '../../src/graph/order';

describe('saidBy', () => {
	it("names the author alone for the author's own claim", () => {
		expect(saidBy('McDermott', undefined)).toBe('McDermott');
	});
	it('names the relayed source after the author', () => {
		expect(saidBy('McDermott', { name: 'Nikolai Bordyuzha' })).toBe('McDermott, reporting Nikolai Bordyuzha');
	});
	it('gives the manner in brackets', () => {
		expect(saidBy('McDermott', { name: 'NATO', manner: 'privately' })).toBe('McDermott, reporting NATO (privately)');
	});
});

describe('saidByParts', () => {
	it('marks the author and the source apart, in the words of saidBy', () => {
		expect(saidByParts('McDermott', undefined)).toEqual([{ text: 'McDermott', role: 'author' }]);
		expect(saidByParts('McDermott', { name: 'NATO', manner: 'privately' })).toEqual([
			{ text: 'McDermott', role: 'author' },
			{ text: ', reporting ' },
			{ text: 'NATO', role: 'source' },
			{ text: ' (privately)' },
		]);
	});
});

describe('claimSaidBy', () => {
	const graph = fixtureGraph();
	const labels = articleLabels(graph);
	it("uses the article's short label, and the source when there is one", () => {
		for (const claim of graph.claims) {
			const line = claimSaidBy(graph, claim);
			expect(line.startsWith(labels.get(claim.article) ?? '?'), claim.ref).toBe(true);
			if (claim.attribution) expect(line, claim.ref).toContain(`, reporting ${claim.attribution.name}`);
			else expect(line, claim.ref).toBe(labels.get(claim.article));
		}
	});
});
