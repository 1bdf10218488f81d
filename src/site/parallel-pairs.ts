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
 * Which pairs get a page: each text beside the MAX_PARTNERS texts its
 * paragraphs are most joined to (ties: the older first), in both orders, so
 * that either can stand on the left. With the two analyses that is both
 * orders of the one pair. With many articles the pages grow with the articles,
 * not with their relations or the square of their number: in the bench's
 * 100-article corpus every related pair made 846 pages of two whole texts
 * each (the build's slowest part); two partners each make at most 4 pages
 * an article. A pair with no relation has nothing to set level and no page.
 *
 * Worked out once per claim graph: every parallel page asks.
 */
export const MAX_PARTNERS = 2;

export function parallelPairs(graph: ClaimGraph, { oneOrder = false }: { oneOrder?: boolean } = {}): ParallelPair[] {
	let pairs = pairsOf.get(graph);
	if (pairs === undefined) {
		const both = computePairs(graph);
		const order = new Map(graph.articles.map((a, i) => [a.id, i]));
		pairs = { both, one: both.filter((p) => (order.get(p.left) ?? 0) < (order.get(p.right) ?? 0)) };
		pairsOf.set(graph, pairs);
	}
	return oneOrder ? pairs.one : pairs.both;
}

/**
 * Both orders of every pair, and one order (the older text on the left, as
 * compare sets them): in a large library a page per order was 1,516 pages of
 * two whole texts each at 1,000 articles, half of them the same two columns
 * swapped (src/site/parallel-pages.ts chooses).
 */
const pairsOf = new WeakMap<ClaimGraph, { both: ParallelPair[]; one: ParallelPair[] }>();

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
	const order = new Map(graph.articles.map((a, i) => [a.id, i]));
	const count = (a: ArticleId, b: ArticleId) => [...(joins.get(a)?.get(b)?.values() ?? [])].reduce((n, list) => n + list.length, 0);
	const kept = new Set<string>();
	for (const [a, byOther] of joins) {
		const ranked = [...byOther.keys()].sort((x, y) => count(a, y) - count(a, x) || (order.get(x) ?? 0) - (order.get(y) ?? 0));
		for (const b of ranked.slice(0, MAX_PARTNERS)) kept.add(`${a}|${b}`).add(`${b}|${a}`);
	}
	const pairs: ParallelPair[] = [];
	for (const { id: left } of graph.articles) {
		const others = [...(joins.get(left)?.keys() ?? [])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
		for (const right of others) {
			const leftJoins = joins.get(left)?.get(right);
			const rightJoins = joins.get(right)?.get(left);
			if (!leftJoins || !rightJoins || !kept.has(`${left}|${right}`)) continue;
			pairs.push({ left, right, leftJoins, rightJoins, joins: count(left, right) });
		}
	}
	return pairs;
}
