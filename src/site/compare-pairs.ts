import type { ClaimGraph, Edge } from '../graph/types';
import type { ArticleId } from '../shared/ids';
import { parallelPairs } from './parallel-pairs';

/**
 * The comparison, pair by pair, at every size: two articles side by side, one
 * column each. The two-article site is one pair, compared at `/compare/`
 * itself; a larger library gives each pair `/compare/<older>/<newer>/`, and
 * `/compare/` lists the pairs (`plan.pairHome`, src/shared/library-plan.ts). The pairs are those set side by side on
 * `/read/` (src/site/parallel-pairs.ts: each article with the two it relates
 * to most), so that pages grow with the articles, not with their relations;
 * every other relation is on its claims' pages.
 */
export interface ComparePairPage {
	left: ArticleId;
	right: ArticleId;
	/** The two articles as a claim graph of their own: their claims, and the relations between and within them. */
	graph: ClaimGraph;
	/** Relations between the two (not within either). */
	across: number;
}

/** Pairs listed on one page of `/compare/` (a line of about 250 bytes each). */
export const PAIRS_PER_PAGE = 250;

/** The pairs compared on pages of their own: none in the two-article site, whose one pair is `/compare/` itself. */
export function comparePairs(graph: ClaimGraph): ComparePairPage[] {
	return graph.plan.pairHome === 'own-page' ? pairGraphs(graph) : [];
}

/** Every pair of articles set side by side on `/read/`, once (the older first), each as a graph of its own; the claim map's pairs too. */
export function pairGraphs(graph: ClaimGraph): ComparePairPage[] {
	let pages = pagesOf.get(graph);
	if (pages === undefined) {
		pages = computePages(graph);
		pagesOf.set(graph, pages);
	}
	return pages;
}

const pagesOf = new WeakMap<ClaimGraph, ComparePairPage[]>();

function computePages(graph: ClaimGraph): ComparePairPage[] {
	const order = new Map(graph.articles.map((a, i) => [a.id, i]));
	const key = (a: ArticleId, b: ArticleId) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? `${a}|${b}` : `${b}|${a}`);
	const edges = new Map<string, Edge[]>();
	for (const e of graph.edges) {
		const from = graph.byRef.get(e.from);
		const to = graph.byRef.get(e.to);
		if (!from || !to) continue;
		const k = key(from.article, to.article);
		edges.set(k, [...(edges.get(k) ?? []), e]);
	}
	return parallelPairs(graph)
		.filter((p) => (order.get(p.left) ?? 0) < (order.get(p.right) ?? 0))
		.map(({ left, right }) => {
			const across = edges.get(key(left, right)) ?? [];
			const articles = graph.articles.filter((a) => a.id === left || a.id === right);
			const claimsByArticle = new Map(articles.map((a) => [a.id, graph.claimsByArticle.get(a.id) ?? []]));
			return {
				left,
				right,
				across: across.length,
				graph: {
					...graph,
					articles,
					claims: [...claimsByArticle.values()].flat(),
					edges: [...across, ...(edges.get(key(left, left)) ?? []), ...(edges.get(key(right, right)) ?? [])],
					claimsByArticle,
				},
			};
		});
}
