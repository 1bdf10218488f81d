import type { ClaimGraph } from '../graph/types';
import { saidBy } from '../shared/said-by';
import { RELATION_TYPES, type RelationType } from '../schemas/claim';
import type { Urls } from '../shared/urls';
import { ARGUMENT_KIND } from './argument-kinds';

/**
 * `/claims.aif.json`: the claims in the Argument Interchange Format as
 * AIFdb and OVA exchange it (nodes, edges, locutions, participants). Each
 * claim is an I-node (its quote); each relation a scheme node between two
 * I-nodes, RA (Default Inference) for support, CA (Default Conflict) for
 * attack, MA (Default Rephrase) for the rest (src/exports/argument-kinds.ts),
 * with our type and note beside it; who asserts each claim is an L-node (the
 * author, or the source the author relays, "McDermott, reporting …") joined
 * to its I-node through a YA (Asserting) node. No edge joins two I-nodes, and
 * every scheme node has one edge in and one out. Node ids are numbers as
 * strings, in the order of the claims; `claim` keeps our id beside each.
 */
interface AifNode {
	nodeID: string;
	text: string;
	type: 'I' | 'L' | 'RA' | 'CA' | 'MA' | 'YA';
	/** Our claim id (I- and L-nodes) or relation type and note (scheme nodes): fields AIF does not define, kept for round trips. */
	claim?: string;
	relation?: RelationType;
	note?: string;
}

const SCHEME = {
	support: { type: 'RA', text: 'Default Inference' },
	attack: { type: 'CA', text: 'Default Conflict' },
	other: { type: 'MA', text: 'Default Rephrase' },
} as const;

export function toAif(graph: ClaimGraph, site: string, urls: Urls) {
	const nodes: AifNode[] = [];
	const edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[] = [];
	const locutions: { nodeID: string; personID: string; source: string }[] = [];
	const node = (n: Omit<AifNode, 'nodeID'>) => {
		const id = String(nodes.length + 1);
		nodes.push({ nodeID: id, ...n });
		return id;
	};
	const edge = (fromID: string, toID: string) => edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
	const people = new Map<string, string>();
	const person = (name: string) => people.get(name) ?? (people.set(name, String(people.size + 1)), String(people.size));

	const inode = new Map<string, string>();
	for (const c of graph.claims) {
		const author = graph.articleById.get(c.article)?.data.author.name ?? c.article;
		// The pages' wording (src/shared/said-by.ts), manner included, with the author's full name.
		const speaker = saidBy(author, c.attribution);
		const quote = c.text.replace(/\s+/g, ' ').trim();
		const i = node({ text: quote, type: 'I', claim: c.ref });
		inode.set(c.ref, i);
		const l = node({ text: `${speaker}: ${quote}`, type: 'L', claim: c.ref });
		locutions.push({ nodeID: l, personID: person(author), source: new URL(urls.claimMark(c.ref), site).href });
		const ya = node({ text: 'Asserting', type: 'YA' });
		edge(l, ya);
		edge(ya, i);
	}
	for (const e of graph.edges) {
		const from = inode.get(e.from);
		const to = inode.get(e.to);
		if (!from || !to) continue;
		const scheme = SCHEME[ARGUMENT_KIND[e.type]];
		const s = node({ text: scheme.text, type: scheme.type, relation: e.type, note: `${RELATION_TYPES[e.type].label}: ${e.note}` });
		edge(from, s);
		edge(s, to);
	}
	const participants = [...people].map(([name, id]) => {
		const parts = name.trim().split(/\s+/);
		return { participantID: id, firstname: parts.slice(0, -1).join(' '), surname: parts.at(-1) ?? name };
	});
	return { nodes, edges, locutions, participants };
}
