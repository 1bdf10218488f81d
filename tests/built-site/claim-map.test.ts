import { describe, expect, it } from 'vitest';
import { graph, urls } from './content';
import { elements, fileFor, parsePage } from './site';

/** The built claim maps against the claims data: a box per claim, a line per relation, every box a link to its claim. */
const hasClass = (el: { properties: Record<string, unknown> }, name: string) =>
	Array.isArray(el.properties.className) && el.properties.className.includes(name);
const map = (path: string) => {
	const tree = parsePage(fileFor(path) as string);
	const svg = elements(tree, (el) => el.tagName === 'svg' && hasClass(el, 'map-svg'));
	const nodes = elements(tree, (el) => el.tagName === 'a' && hasClass(el, 'map-node'));
	const edges = elements(tree, (el) => el.tagName === 'g' && hasClass(el, 'map-edge'));
	const rows = elements(tree, (el) => el.tagName === 'tr' && el.properties.dataRelation !== undefined);
	return { svg, nodes, edges, rows };
};

describe('the claim map', () => {
	it('/map/ sets a symbol for every relation between the two texts in the cell of their paragraphs, and lists every relation after it', () => {
		const tree = parsePage(fileFor(urls.map()) as string);
		const symbols = elements(tree, (el) => el.tagName === 'a' && hasClass(el, 'pm-sym'));
		const across = graph.edges.filter((e) => e.from.split('/')[0] !== e.to.split('/')[0]);
		expect(across.length).toBeGreaterThan(0);
		const [left] = graph.articles;
		const cellOf = (e: (typeof across)[number]) => {
			const [a, b] = [graph.byRef.get(e.from), graph.byRef.get(e.to)];
			const [l, r] = a?.article === left?.id ? [a, b] : [b, a];
			return `${l?.paragraph}-${r?.paragraph} ${e.type}`;
		};
		expect(
			symbols.map((s) => `${String(s.properties.dataL)}-${String(s.properties.dataR)} ${String(s.properties.dataRelation)}`).sort(),
		).toEqual(across.map(cellOf).sort());
		const rows = elements(tree, (el) => el.tagName === 'tr' && el.properties.dataRelation !== undefined);
		expect(rows).toHaveLength(graph.edges.length);
	});

	it('each claim page with relations maps its neighbourhood: it and each related claim, one line per relation of its own', () => {
		for (const claim of graph.claims) {
			const { nodes, edges } = map(urls.claimPage(claim.ref));
			if (claim.links.length === 0) {
				expect(nodes).toHaveLength(0);
				continue;
			}
			const near = new Set([claim.ref, ...claim.links.map((l) => l.other)]);
			expect(new Set(nodes.map((n) => n.properties.dataClaim)), claim.ref).toEqual(near);
			expect(edges, claim.ref).toHaveLength(claim.links.length);
			const current = nodes.filter((n) => n.properties.ariaCurrent === 'page').map((n) => n.properties.dataClaim);
			expect(current).toEqual([claim.ref]);
		}
	});
});
