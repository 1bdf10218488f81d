import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../support/fixture-content';
import { bySource } from '../../src/graph/said';
import { saidOf } from '../../src/shared/said-by';
import type { ClaimNode } from '../../src/graph/types';

const claim = (ref: string, name?: string) => ({ ref, ...(name ? { attribution: { name } } : {}) }) as unknown as ClaimNode;

describe('who says it', () => {
	it('tells the author from a relayed source', () => {
		expect(saidOf(claim('a/x'))).toBe('author');
		expect(saidOf(claim('a/y', 'NATO'))).toBe('reported');
	});

	it('groups relayed claims by source, the most reported first, then by name, leaving the own out', () => {
		const groups = bySource([
			claim('a/1', 'NATO'),
			claim('a/2'),
			claim('b/3', 'Ban Ki-Moon'),
			claim('b/4', 'NATO'),
			claim('b/5', 'Kommersant'),
		]);
		expect(groups.map((g) => [g.name, g.claims.map((c) => c.ref)])).toEqual([
			['NATO', ['a/1', 'b/4']],
			['Ban Ki-Moon', ['b/3']],
			['Kommersant', ['b/5']],
		]);
	});

	it('puts every relayed claim of a graph in exactly one group', () => {
		const graph = fixtureGraph();
		const grouped = bySource(graph.claims).flatMap((g) => g.claims.map((c) => c.ref));
		expect(grouped.sort()).toEqual(
			graph.claims
				.filter((c) => c.attribution)
				.map((c) => c.ref)
				.sort(),
		);
	});
});
