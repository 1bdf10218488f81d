import { describe, expect, it } from 'vitest';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { houseStyleProblems } from '../../src/graph/house-style';
import { ROOT } from '../support/capture';

describe('our prose follows the house style', () => {
	const graph = readContentGraph(contentDir(ROOT), ROOT);
	it('every article summary', () => {
		const bad = graph.articles.map((a) => [a.id, houseStyleProblems(a.data.summary)] as const).filter(([, p]) => p.length);
		expect(bad).toEqual([]);
	});
	it('every claim summary', () => {
		const bad = graph.claims.map((c) => [c.ref, houseStyleProblems(c.summary)] as const).filter(([, p]) => p.length);
		expect(bad).toEqual([]);
	});
	it('every relation note', () => {
		const bad = graph.edges.map((e) => [`${e.from} → ${e.to}`, houseStyleProblems(e.note)] as const).filter(([, p]) => p.length);
		expect(bad).toEqual([]);
	});
});
