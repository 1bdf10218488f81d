import type { ArticleId } from '../lib/ids';
import type { Attribution, ClaimGraph, ClaimNode } from './types';
import { articleLabels } from './order';

/**
 * Who speaks in a claim, as a reader sees it: "McDermott" for the author's
 * own, "McDermott, reporting Nikolai Bordyuzha" for a source the author
 * relays, "McDermott, reporting NATO (privately)" with the manner. Every page,
 * note and export takes this one wording, so a reader never meets two.
 */
export function saidBy(author: string, attribution: Attribution | undefined): string {
	if (attribution === undefined) return author;
	const manner = attribution.manner ? ` (${attribution.manner})` : '';
	return `${author}, reporting ${attribution.name}${manner}`;
}

/** The same line for a claim of the graph, with the author's short label. */
export function claimSaidBy(graph: Pick<ClaimGraph, 'articles'>, claim: Pick<ClaimNode, 'article' | 'attribution'>): string {
	return saidBy(articleLabels(graph).get(claim.article as ArticleId) ?? claim.article, claim.attribution);
}
