import type { ClaimGraph, ClaimNode, SourceArticle } from '../graph/types';
import { articleLabels } from '../graph/order';
import { RELATION_TYPES, type RelationType } from '../schemas/claim';
import type { ArticleId } from '../shared/ids';
import { RELATION_LOOK, RELATION_ORDER, type RelationLook } from './relation-look';

/** One relation between claims of two articles, the older article's claim on the left. */
export interface ComparePair {
	/** The pair's fragment on /compare/; its map row is `map-` + this. */
	id: string;
	type: RelationType;
	note: string;
	left: ClaimNode;
	right: ClaimNode;
	/** The type read from left to right: "agrees", "qualified by". */
	word: string;
	/** The same as a sentence: "Blank’s claim agrees with McDermott’s". */
	sentence: string;
}

/** One table of the map: the pairs between two articles. */
export interface CompareTable {
	/** The two articles. */
	articles: [SourceArticle, SourceArticle];
	pairs: ComparePair[];
}

interface CompareGroup {
	type: RelationType;
	look: RelationLook;
	pairs: ComparePair[];
}

export interface CompareOnly {
	article: SourceArticle;
	claims: ClaimNode[];
}

export interface CompareModel {
	labels: Map<ArticleId, string>;
	tables: CompareTable[];
	groups: CompareGroup[];
	/** Per article, its claims that no claim of another article relates to. */
	only: CompareOnly[];
	pairCount: number;
	/** Relations inside one article: the steps of its argument, not compared here. */
	withinCount: number;
}

const typeRank = (type: RelationType) => {
	const i = RELATION_ORDER.indexOf(type);
	return i < 0 ? RELATION_ORDER.length : i;
};

/**
 * The comparison, worked out once from the graph: relations within one
 * article are left out, since both claims would stand in one column. A pair's
 * graph (src/site/compare-pairs.ts) passes the library's labels, which tell
 * apart two works of one author.
 */
export function compareModel(graph: ClaimGraph, labels = articleLabels(graph)): CompareModel {
	const label = (id: ArticleId) => labels.get(id) ?? id;
	const articleRank = new Map(graph.articles.map((a, i) => [a.id, i]));
	const position = new Map(graph.claims.map((c, i) => [c.ref, i]));
	const at = (c: ClaimNode) => position.get(c.ref) ?? 0;
	const related = new Set<string>();
	const pairs: ComparePair[] = [];
	let withinCount = 0;
	for (const e of graph.edges) {
		const from = graph.byRef.get(e.from);
		const to = graph.byRef.get(e.to);
		if (!from || !to) continue;
		if (from.article === to.article) {
			withinCount += 1;
			continue;
		}
		related.add(from.ref).add(to.ref);
		const fromLeft = (articleRank.get(from.article) ?? 0) <= (articleRank.get(to.article) ?? 0);
		const [left, right] = fromLeft ? [from, to] : [to, from];
		const type = RELATION_TYPES[e.type];
		pairs.push({
			id: `pair-${e.type}-${left.ref.replace('/', '-')}-${right.ref.replace('/', '-')}`,
			type: e.type,
			note: e.note,
			left,
			right,
			word: fromLeft ? type.short : type.inverseShort,
			sentence: `${label(from.article)}’s claim ${type.label} ${label(to.article)}’s`,
		});
	}
	pairs.sort((a, b) => typeRank(a.type) - typeRank(b.type) || at(a.left) - at(b.left) || at(a.right) - at(b.right));

	// Compared two at a time (src/site/compare-pairs.ts): one column per article, a table per pair of them.
	const tables: CompareTable[] = graph.articles.flatMap((a, i) =>
		graph.articles.slice(i + 1).map((b): CompareTable => ({
			articles: [a, b],
			pairs: pairs.filter((p) => p.left.article === a.id && p.right.article === b.id),
		})),
	);

	const groups = [...new Set(pairs.map((p) => p.type))].map((type) => ({
		type,
		look: RELATION_LOOK[type],
		pairs: pairs.filter((p) => p.type === type),
	}));
	const only = graph.articles
		.map((article) => ({ article, claims: (graph.claimsByArticle.get(article.id) ?? []).filter((c) => !related.has(c.ref)) }))
		.filter((o) => o.claims.length > 0);
	return {
		labels,
		tables: tables.filter((t) => t.pairs.length > 0),
		groups,
		only,
		pairCount: pairs.length,
		withinCount,
	};
}
