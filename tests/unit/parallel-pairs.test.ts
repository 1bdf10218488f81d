import { describe, expect, it } from 'vitest';
import type { ClaimGraph, ClaimNode } from '../../src/graph';
import { MAX_PARTNERS, parallelPairs } from '../../src/site/parallel-pairs';

/**
 * A made-up graph of articles a–d: `joins` lists, per pair, how many pairs of
 * paragraphs relate across it (each its own claim in each article).
 */
function graphOf(joins: [string, string, number][]): ClaimGraph {
	const claims: ClaimNode[] = [];
	const paragraph = new Map<string, number>();
	const claim = (article: string): ClaimNode => {
		const n = (paragraph.get(article) ?? 0) + 1;
		paragraph.set(article, n);
		const node = { ref: `${article}/c${n}`, article, paragraph: n, links: [] } as unknown as ClaimNode;
		claims.push(node);
		return node;
	};
	for (const [a, b, count] of joins) {
		for (let i = 0; i < count; i++) {
			const [x, y] = [claim(a), claim(b)];
			x.links.push({ type: 'agrees-with', direction: 'out', label: 'agrees with', short: 'agrees', other: y.ref, within: false, note: '' });
			y.links.push({ type: 'agrees-with', direction: 'in', label: 'agrees with', short: 'agrees', other: x.ref, within: false, note: '' });
		}
	}
	const articles = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
	return { articles, claims, byRef: new Map(claims.map((c) => [c.ref, c])) } as unknown as ClaimGraph;
}

const names = (graph: ClaimGraph) => parallelPairs(graph).map((p) => `${p.left}|${p.right}`);

describe('parallelPairs', () => {
	it('sets two related texts side by side in both orders, each join counted once', () => {
		const pairs = parallelPairs(graphOf([['a', 'b', 3]]));
		expect(pairs.map((p) => `${p.left}|${p.right}`)).toEqual(['a|b', 'b|a']);
		expect(pairs.map((p) => p.joins)).toEqual([3, 3]);
		expect([...(pairs[0]?.leftJoins.keys() ?? [])]).toEqual([1, 2, 3]);
		expect(pairs[0]?.leftJoins.get(2)).toEqual([{ paragraph: 2, relations: [{ type: 'agrees-with', short: 'agrees' }] }]);
		expect(pairs[1]?.leftJoins.get(2)).toEqual([{ paragraph: 2, relations: [{ type: 'agrees-with', short: 'agrees' }] }]);
	});

	it('gives no page to texts that do not relate', () => {
		expect(names(graphOf([['a', 'b', 1]]))).not.toContain('c|d');
	});

	it(`keeps a pair only when it is among the ${MAX_PARTNERS} most joined of one of its texts`, () => {
		expect(MAX_PARTNERS).toBe(2);
		// a and d each relate most to b and c; to each other least: no page for a and d.
		const graph = graphOf([
			['a', 'b', 3],
			['a', 'c', 3],
			['a', 'd', 1],
			['d', 'b', 3],
			['d', 'c', 3],
		]);
		expect(names(graph)).toEqual(['a|b', 'a|c', 'b|a', 'b|d', 'c|a', 'c|d', 'd|b', 'd|c']);
	});

	it('sets each pair once, the older text on the left, when asked for one order', () => {
		// Articles are in the graph's order, oldest first: a, b, c, d.
		const graph = graphOf([
			['b', 'a', 2],
			['c', 'b', 1],
			['d', 'a', 1],
		]);
		expect(names(graph)).toEqual(['a|b', 'a|d', 'b|a', 'b|c', 'c|b', 'd|a']);
		const one = parallelPairs(graph, { oneOrder: true });
		expect(one.map((p) => `${p.left}|${p.right}`)).toEqual(['a|b', 'a|d', 'b|c']);
		// The same pages as the both-orders list's, joins and all, not recomputed.
		expect(one.every((p) => parallelPairs(graph).includes(p))).toBe(true);
	});
});
