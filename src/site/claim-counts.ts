import type { ClaimNode } from '../graph/types';
import { saidOf } from '../shared/said-by';

/**
 * How many of `claims` fall under each filter of the claims lists (kind, who
 * says it, with relations, topic), counted once per list of claims. Every
 * page of every list shows the same counts; counted per page, they made the
 * build quadratic (every page of a list counting every claim again).
 */
export interface ClaimCounts {
	all: number;
	kind: Map<string, number>;
	said: Map<string, number>;
	related: number;
	topic: Map<string, number>;
}

const countsOf = new WeakMap<ClaimNode[], ClaimCounts>();

export function claimCounts(claims: ClaimNode[]): ClaimCounts {
	let counts = countsOf.get(claims);
	if (counts) return counts;
	const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
	counts = { all: claims.length, kind: new Map(), said: new Map(), related: 0, topic: new Map() };
	for (const c of claims) {
		add(counts.kind, c.kind);
		add(counts.said, saidOf(c));
		if (c.links.length > 0) counts.related += 1;
		for (const t of c.topics) add(counts.topic, t);
	}
	countsOf.set(claims, counts);
	return counts;
}
