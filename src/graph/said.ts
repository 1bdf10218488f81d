import type { ClaimNode } from './types';

/** Who speaks in a claim, as the claims index filters it: the author, or a source the author relays. */
export const SAID = {
	author: { label: 'The author', plural: 'The authors’ own', description: 'The authors’ own reports, judgements and expectations.' },
	reported: {
		label: 'Reported',
		plural: 'Reported',
		description: 'What the authors relay from others: officials, governments, organisations.',
	},
} as const;

export type Said = keyof typeof SAID;

export const saidOf = (claim: Pick<ClaimNode, 'attribution'>): Said => (claim.attribution ? 'reported' : 'author');

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
