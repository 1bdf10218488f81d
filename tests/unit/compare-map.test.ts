import { describe, expect, it } from 'vitest';
import type { ClaimGraph, ClaimNode, Edge, SourceArticle } from '../../src/graph/types';
import { RELATION_TYPES } from '../../src/schemas/claim';
import type { ArticleId, ClaimRef } from '../../src/shared/ids';
import { compareModel } from '../../src/site/compare-map';
import { RELATION_LOOK } from '../../src/site/relation-look';
import { fixtureGraph } from '../support/fixture-content';

const base = fixtureGraph();
const articleOf = (ref: string) => ref.split('/')[0] as ArticleId;
const crossEdges = base.edges.filter((e) => articleOf(e.from) !== articleOf(e.to));

/**
 * A library of `n` articles made of copies of the fixture's two, alternating
 * and a year apart, each pair of neighbours related as the fixture's two are.
 */
function library(n: number): ClaimGraph {
	const originals = base.articles;
	const idOf = (i: number) => `copy${i}-${2000 + i}` as ArticleId;
	const articles: SourceArticle[] = Array.from({ length: n }, (_, i) => {
		const a = originals[i % originals.length] as SourceArticle;
		return { ...a, id: idOf(i), data: { ...a.data, published: { ...a.data.published, date: String(2000 + i) } } };
	});
	const refIn = (i: number, ref: ClaimRef) => `${idOf(i)}/${ref.split('/')[1]}` as ClaimRef;
	const claims: ClaimNode[] = articles.flatMap((a, i) =>
		(base.claimsByArticle.get(originals[i % originals.length]?.id as ArticleId) ?? []).map((c) => ({
			...c,
			ref: refIn(i, c.ref),
			article: a.id,
		})),
	);
	const edges: Edge[] = [];
	for (let i = 1; i < n; i += 1) {
		// Neighbours are copies of different originals: each end goes to the copy of its own.
		const copyOf = (ref: ClaimRef) => (originals[i % originals.length]?.id === articleOf(ref) ? i : i - 1);
		for (const e of crossEdges) edges.push({ ...e, from: refIn(copyOf(e.from), e.from), to: refIn(copyOf(e.to), e.to) });
	}
	return {
		...base,
		articles,
		claims,
		edges,
		byRef: new Map(claims.map((c) => [c.ref, c])),
		articleById: new Map(articles.map((a) => [a.id, a])),
		claimsByArticle: new Map(articles.map((a) => [a.id, claims.filter((c) => c.article === a.id)])),
	};
}

describe('the comparison model', () => {
	it('has the fixture’s relations across its two articles, once each, the older article on the left', () => {
		const model = compareModel(base);
		expect(crossEdges.length).toBeGreaterThan(0);
		expect(model.tables).toHaveLength(1);
		const [older, newer] = base.articles;
		expect(model.tables[0]?.articles?.map((a) => a.id)).toEqual([older?.id, newer?.id]);
		expect(model.pairCount).toBe(crossEdges.length);
		for (const p of model.tables[0]?.pairs ?? []) {
			expect(p.left.article).toBe(older?.id);
			expect(p.right.article).toBe(newer?.id);
		}
		expect(new Set(model.tables[0]?.pairs.map((p) => p.id)).size).toBe(crossEdges.length);
		expect(model.withinCount).toBe(base.edges.length - crossEdges.length);
	});

	it('reads each type from the left: a newer claim that elaborates an older one is "elaborated by" seen from the older', () => {
		for (const p of compareModel(base).groups.flatMap((g) => g.pairs)) {
			const edge = crossEdges.find((e) => [e.from, e.to].sort().join() === [p.left.ref, p.right.ref].sort().join());
			expect(edge?.type).toBe(p.type);
			const type = RELATION_TYPES[p.type];
			expect(p.word).toBe(edge?.from === p.left.ref ? type.short : type.inverseShort);
		}
	});

	it('lists every claim once: in a pair, or among its author’s claims no other article relates to', () => {
		const model = compareModel(base);
		const paired = model.groups.flatMap((g) => g.pairs.flatMap((p) => [p.left.ref, p.right.ref]));
		const only = model.only.flatMap((o) => o.claims.map((c) => c.ref));
		expect(new Set([...paired, ...only])).toEqual(new Set(base.claims.map((c) => c.ref)));
		expect(only.filter((r) => paired.includes(r))).toEqual([]);
		for (const g of model.groups) expect(g.look).toBe(RELATION_LOOK[g.type]);
	});

	it('has a table per pair of articles that relate, headed by the two', () => {
		const model = compareModel(library(3));
		// Copies 0–1 and 1–2 relate; 0 and 2 do not, so they have no table.
		expect(model.tables.map((t) => t.articles?.map((a) => a.id))).toEqual([
			['copy0-2000', 'copy1-2001'],
			['copy1-2001', 'copy2-2002'],
		]);
		for (const t of model.tables) {
			for (const p of t.pairs) expect([p.left.article, p.right.article]).toEqual(t.articles?.map((a) => a.id));
		}
		expect(model.pairCount).toBe(2 * crossEdges.length);
	});
});
