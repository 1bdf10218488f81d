import { describe, expect, it } from 'vitest';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { ROOT } from '../support/capture';
import { houseStyleProblems } from '../../src/graph/house-style';

describe('the house style check', () => {
	it('finds straight quotes, straight apostrophes and hyphened pairs of parties', () => {
		expect(houseStyleProblems(`Moscow's "reset" and the UN-CSTO deal`)).toEqual([
			'a straight double quote: write “ ”',
			'a straight apostrophe or single quote: write ’',
			'"UN-CSTO" with a hyphen: write UN–CSTO',
		]);
	});
	it('leaves the authors’ words in curly quotes alone, and our own en dashes', () => {
		expect(houseStyleProblems('Blank quotes the “UN-CSTO pact”; the UN–CSTO accord, Moscow’s aim.')).toEqual([]);
	});
});

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
