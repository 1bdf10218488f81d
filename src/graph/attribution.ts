import { saidBy } from '../shared/said-by';
import type { ClaimGraph, ClaimNode } from './types';
import { articleLabels } from './order';

/** The same line for a claim of the graph, with the author's short label. */
export function claimSaidBy(graph: Pick<ClaimGraph, 'articles'>, claim: Pick<ClaimNode, 'article' | 'attribution'>): string {
	return saidBy(articleLabels(graph).get(claim.article) ?? claim.article, claim.attribution);
}
