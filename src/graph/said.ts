import { saidBy } from '../shared/said-by';
import type { ClaimGraph, ClaimNode } from './types';
import { articleLabels } from './order';

/** Who says a graph's claims, in the wording of src/shared/said-by.ts. */

/** The line of `saidBy` for a claim of the graph, with the author's short label. */
export function claimSaidBy(graph: Pick<ClaimGraph, 'articles'>, claim: Pick<ClaimNode, 'article' | 'attribution'>): string {
	return saidBy(articleLabels(graph).get(claim.article) ?? claim.article, claim.attribution);
}

/** Relayed claims by source name, the most reported first, then by name; each source's claims in graph order. */
export function bySource(claims: ClaimNode[]): { name: string; claims: ClaimNode[] }[] {
	const groups = new Map<string, ClaimNode[]>();
	for (const c of claims) {
		if (!c.attribution) continue;
		const list = groups.get(c.attribution.name) ?? [];
		list.push(c);
		groups.set(c.attribution.name, list);
	}
	return [...groups]
		.map(([name, list]) => ({ name, claims: list }))
		.sort((a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}
