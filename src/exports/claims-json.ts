import type { Urls } from '../shared/urls';
import { RELATION_TYPES, type ClaimKind, type RelationType } from '../schemas/claim';
import type { ClaimGraph } from '../graph/types';

/**
 * The public shape of the claim graph, served as `/claims.json`. This is a
 * contract with readers' tools (and the site's own claim previews): add
 * fields only with care, never rename or drop one.
 */
export interface ClaimsJson {
	articles: {
		id: string;
		title: string;
		author: { name: string; affiliation: string };
		/** The original publisher, and how sure that is: "confirmed", "likely" or "unverified". */
		organisation: { name: string; certainty: 'confirmed' | 'likely' | 'unverified' };
		/** Partial ISO date, at the precision the frontmatter gives: "2010", "2009-10". */
		date: string;
		/** The reading page. */
		url: string;
		/** Inclusive bounds the date is known within, when the evidence narrows it ("2009-10-16"); null where none is known. */
		dateBounds: { earliest: string | null; latest: string | null };
		/** Where the text we reproduce is published, when not by the original publisher; null otherwise. */
		host: { name: string; url: string; certainty: 'confirmed' | 'likely' | 'unverified' } | null;
	}[];
	claims: {
		/** `<article>/<claim>` */
		id: string;
		article: string;
		summary: string;
		/** The quote exactly as it stands in the text. */
		quote: string;
		kind: ClaimKind;
		topics: string[];
		/** The claim's mark in its reading page. */
		url: string;
		/** The paragraph of the text the quote stands in, counted from 1 as the reading page numbers them. */
		paragraph: number;
		/** `null` for the author's own claim; else the source the author relays, named as the text gives it. */
		attributedTo: { name: string; manner?: string } | null;
	}[];
	/** The declared relations, each once (the inverse is implied by `type`). */
	relations: { from: string; to: string; type: RelationType; note: string }[];
	/** The relation vocabulary, so a tool reads what each `type` means with the data rather than from the README. */
	relationTypes: Record<RelationType, { label: string; inverse: string; inverseLabel: string; definition: string }>;
}

/** The claim graph in its public shape. Keys are written in the contract's order. */
export function claimsToJson(graph: ClaimGraph, urls: Pick<Urls, 'article' | 'claimMark'>): ClaimsJson {
	return {
		articles: graph.articles.map(({ id, data }) => ({
			id,
			title: data.title,
			author: { name: data.author.name, affiliation: data.author.affiliation },
			organisation: { name: data.organisation.name, certainty: data.organisation.certainty },
			date: data.published.date,
			url: urls.article(id),
			dateBounds: { earliest: data.published.earliest ?? null, latest: data.published.latest ?? null },
			host: data.host ? { name: data.host.name, url: data.host.url, certainty: data.host.certainty } : null,
		})),
		claims: graph.claims.map((c) => ({
			id: c.ref,
			article: c.article,
			summary: c.summary,
			quote: c.text,
			kind: c.kind,
			topics: [...c.topics],
			url: urls.claimMark(c.ref),
			paragraph: c.paragraph,
			// null rather than absent, so every claim has the same keys and "the author's own" is stated, not implied.
			attributedTo: c.attribution ? { name: c.attribution.name, ...(c.attribution.manner ? { manner: c.attribution.manner } : {}) } : null,
		})),
		relations: graph.edges.map((e) => ({ from: e.from, to: e.to, type: e.type, note: e.note })),
		// The chips (`short`) are the site's layout, not vocabulary: left out.
		relationTypes: Object.fromEntries(
			(Object.keys(RELATION_TYPES) as RelationType[]).map((t) => {
				const { label, inverse, inverseLabel, definition } = RELATION_TYPES[t];
				return [t, { label, inverse, inverseLabel, definition }];
			}),
		) as ClaimsJson['relationTypes'],
	};
}
