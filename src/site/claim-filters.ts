import type { ClaimGraph } from '../graph/types';
import { SAID, type Said } from '../shared/said-by';
import { CLAIM_KINDS, type ClaimKind } from '../schemas/claim';
import type { Urls } from '../shared/urls';
import { claimCounts } from './claim-counts';

/**
 * The claims lists' filter bar (ClaimFilterNav.astro): four rows of plain links, one static page
 * each (kind, who says it, with relations, topic), so filtering needs no JavaScript and every
 * claim stays reachable. On the index, which holds every claim on one page, claims-filter.ts
 * combines the rows in place by each link's facet and value.
 */
interface FilterOption {
	href: string;
	label: string;
	/** How many of all the claims the link leads to, whatever the page shows. */
	count: number;
	/** The page's own choice, marked `aria-current="page"`. */
	here: boolean;
	/** On the index, a topic's link answers the old `/claims/#topic-<id>` anchors. */
	id?: string;
	/** The facet's value for claims-filter.ts; none for "all". */
	value?: string;
}

export interface FilterRow {
	/** What the row filters by: a claim card's `data-<facet>`. */
	facet: 'kind' | 'said' | 'related' | 'topic';
	/** The visible lead ("Kind:"), hidden from screen readers, which hear `name`. */
	lead: string;
	/** The row's accessible name. */
	name: string;
	options: FilterOption[];
}

/** The list a page shows: one filter's choice, or none for the index. */
export interface FilterChoice {
	kind?: ClaimKind;
	said?: Said;
	topic?: string;
	related?: boolean;
	/** On the index's first page: the topic links carry the old `#topic-<id>` anchors. */
	anchors?: boolean;
}

/** The four rows of the filter bar for the page showing `current`, counted over every claim of `graph`. */
export function filterRows(graph: Pick<ClaimGraph, 'claims' | 'topics'>, current: FilterChoice, urls: Urls): FilterRow[] {
	const { claims } = graph;
	const counts = claimCounts(claims);
	const all = (label: string, here: boolean): FilterOption => ({ href: urls.claimsIndex(), label, count: claims.length, here });
	const kinds = Object.keys(CLAIM_KINDS) as ClaimKind[];
	const saids = Object.keys(SAID) as Said[];
	return [
		{
			facet: 'kind',
			lead: 'Kind:',
			name: 'Show claims by kind',
			options: [
				all('All claims', current.kind === undefined),
				...kinds.map((k) => ({
					href: urls.claimsKind(k),
					label: CLAIM_KINDS[k].pluralLabel,
					count: counts.kind.get(k) ?? 0,
					here: current.kind === k,
					value: k,
				})),
			],
		},
		{
			facet: 'said',
			lead: 'Who says it:',
			name: 'Show claims by who says it',
			options: [
				all('Everyone', current.said === undefined),
				...saids.map((s) => ({
					href: urls.claimsSaid(s),
					label: SAID[s].plural,
					count: counts.said.get(s) ?? 0,
					here: current.said === s,
					value: s,
				})),
			],
		},
		{
			facet: 'related',
			lead: 'Relations:',
			name: 'Show claims by relations',
			options: [
				all('All claims', !current.related),
				{ href: urls.claimsRelated(), label: 'With relations', count: counts.related, here: current.related === true, value: 'true' },
			],
		},
		{
			facet: 'topic',
			lead: 'Topic:',
			name: 'Show claims by topic',
			options: [
				all('Any topic', current.topic === undefined),
				// Only the topics some claim is on.
				...graph.topics.flatMap((t) => {
					const count = counts.topic.get(t.id) ?? 0;
					if (count === 0) return [];
					const option = { href: urls.topic(t.id), label: t.label, count, here: current.topic === t.id, value: t.id };
					return [current.anchors ? { ...option, id: `topic-${t.id}` } : option];
				}),
			],
		},
	];
}
