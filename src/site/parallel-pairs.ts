import type { ClaimGraph } from '../graph';
import type { RelationType } from '../schemas/claim';
import type { ArticleId } from '../shared/ids';

/** One join from a paragraph of one text to a paragraph of the other, as this side reads it. */
export interface ParallelJoin {
	/** The other text's paragraph (1-based, `#p-N`). */
	paragraph: number;
	/** The relations between claims of the two paragraphs, each chip once ("agrees", "outcome of"). */
	relations: { type: RelationType; short: string }[];
}

/** Two texts set side by side, and how their paragraphs join, each side's joins by its own paragraph. */
export interface ParallelPair {
	left: ArticleId;
	right: ArticleId;
	leftJoins: Map<number, ParallelJoin[]>;
	rightJoins: Map<number, ParallelJoin[]>;
	/** Pairs of joined paragraphs (each counted once, not once per side). */
	joins: number;
}

/**
 * Which pairs get a page: an ordered pair of texts (each order, so either
 * text can stand on the left) wherever at least one claim of one relates to
 * a claim of the other. With two articles that is both orders; with many it
 * grows with the relations between articles, not with the square of their
 * number, since a pair with no relation has nothing to set level.
 *
 * Worked out once per claim graph: every parallel page asks.
 */
export function parallelPairs(graph: ClaimGraph): ParallelPair[] {
	let pairs = pairsOf.get(graph);
	if (pairs === undefined) {
		pairs = computePairs(graph);
		pairsOf.set(graph, pairs);
	}
	return pairs;
}

const pairsOf = new WeakMap<ClaimGraph, ParallelPair[]>();

/** The joins from `from`'s paragraphs to each other article's, deduplicated by paragraph and relation. */
type JoinsByOther = Map<ArticleId, Map<number, ParallelJoin[]>>;

function computePairs(graph: ClaimGraph): ParallelPair[] {
	const joins = new Map<ArticleId, JoinsByOther>();
	for (const claim of graph.claims) {
		for (const link of claim.links) {
			const other = graph.byRef.get(link.other);
			if (link.within || !other || other.article === claim.article) continue;
			const byOther = joins.get(claim.article) ?? new Map<ArticleId, Map<number, ParallelJoin[]>>();
			joins.set(claim.article, byOther);
			const byParagraph = byOther.get(other.article) ?? new Map<number, ParallelJoin[]>();
			byOther.set(other.article, byParagraph);
			const list = byParagraph.get(claim.paragraph) ?? [];
			byParagraph.set(claim.paragraph, list);
			let join = list.find((j) => j.paragraph === other.paragraph);
			if (!join) list.push((join = { paragraph: other.paragraph, relations: [] }));
			if (!join.relations.some((r) => r.short === link.short)) join.relations.push({ type: link.type, short: link.short });
		}
	}
	for (const byOther of joins.values()) {
		for (const byParagraph of byOther.values()) {
			for (const list of byParagraph.values()) list.sort((a, b) => a.paragraph - b.paragraph);
		}
	}
	const pairs: ParallelPair[] = [];
	for (const left of graph.articles) {
		for (const right of graph.articles) {
			const leftJoins = joins.get(left.id)?.get(right.id);
			const rightJoins = joins.get(right.id)?.get(left.id);
			if (left.id === right.id || !leftJoins || !rightJoins) continue;
			const count = [...leftJoins.values()].reduce((n, list) => n + list.length, 0);
			pairs.push({ left: left.id, right: right.id, leftJoins, rightJoins, joins: count });
		}
	}
	return pairs;
}
