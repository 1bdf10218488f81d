import type { ClaimGraph } from '../graph';
import { parallelPairs, type ParallelPair } from './parallel-pairs';

/**
 * The parallel pages a build writes, and the one every link to a pair goes to.
 * In the two-article site both orders are permalinks, so either text can stand
 * on the left. In a library (`plan.parallelOrders`, src/shared/library-plan.ts)
 * each pair gets one page, the older text on the left as compare sets them:
 * the other order repeated the same two texts, half of /read/ at 1,000 articles.
 */
export const bothOrders = (graph: ClaimGraph): boolean => graph.plan.parallelOrders === 'both';

/** Every parallel page the build writes. */
export const readPairs = (graph: ClaimGraph): ParallelPair[] => parallelPairs(graph, { oneOrder: !bothOrders(graph) });

/** The page setting `a` and `b` side by side: `a` on the left where that order is built, else the other order; none when the pair has no page. */
export function parallelPageOf(graph: ClaimGraph, a: string, b: string): ParallelPair | undefined {
	const pairs = readPairs(graph);
	return pairs.find((p) => p.left === a && p.right === b) ?? pairs.find((p) => p.left === b && p.right === a);
}

/** The first page with `article` in it, on the left where that order is built; none when no text relates to it. */
export function parallelPageWith(graph: ClaimGraph, article: string): ParallelPair | undefined {
	const pairs = readPairs(graph);
	return pairs.find((p) => p.left === article) ?? pairs.find((p) => p.right === article);
}
