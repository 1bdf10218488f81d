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
const key = (from: unknown, to: unknown, type: unknown) => `${String(from)} ${String(type)} ${String(to)}`;

describe('the claim map', () => {
	it('/map/ draws every claim of the two analyses once, in text order, each linked to its page', () => {
		const { svg, nodes } = map(urls.map());
		expect(svg).toHaveLength(1);
		expect(nodes.map((n) => n.properties.dataClaim)).toEqual(graph.claims.map((c) => c.ref));
		for (const n of nodes) expect(n.properties.href).toBe(urls.claimPage(String(n.properties.dataClaim) as never));
		for (const n of nodes)
			expect(String(n.properties.ariaLabel)).toContain(graph.byRef.get(String(n.properties.dataClaim) as never)?.summary);
	});

	it('draws a line per relation, by its type, and lists each in the table after it', () => {
		const { edges, rows } = map(urls.map());
		const expected = graph.edges.map((e) => key(e.from, e.to, e.type)).sort();
		expect(expected.length).toBeGreaterThan(0);
		expect(edges.map((e) => key(e.properties.dataFrom, e.properties.dataTo, e.properties.dataRelation)).sort()).toEqual(expected);
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
