import type { LibraryPlan } from '../shared/library-plan';
import type { ArticleId, ClaimId, ClaimRef } from '../shared/ids';
import type { ArticleData } from '../schemas/article';
import type { ClaimKind, RelationType } from '../schemas/claim';
import type { Topic } from '../schemas/topic';
import type { Attribution } from '../shared/said-by';

/** An article as read from its file, before Astro renders it. */
export interface SourceArticle {
	id: ArticleId;
	/** Path relative to the project root, for messages. */
	file: string;
	data: ArticleData;
	body: string;
	/** The file's line number of the body's first line, so body positions can name file lines. */
	bodyLine: number;
}

/** One end of a relation, seen from a claim: declared by it (`out`) or derived from the other side (`in`). */
export interface Link {
	type: RelationType;
	direction: 'out' | 'in';
	/** How the relation reads from this claim: "agrees with", "is elaborated by". */
	label: string;
	/** The chip a margin note shows: "agrees", "qualified by". */
	short: string;
	other: ClaimRef;
	/** Whether the other claim is in the same article (a step of the argument) or another. */
	within: boolean;
	note: string;
}

/** A source an author relays, by name as the text gives it. */
export type { Attribution };

export interface ClaimNode {
	ref: ClaimRef;
	article: ArticleId;
	id: ClaimId;
	summary: string;
	/** The quote exactly as it stands in the text (the author's marks and spacing). */
	text: string;
	kind: ClaimKind;
	/** Who makes the claim when it is not the author: a source the author relays. Absent for the author's own claims. */
	attribution?: Attribution;
	topics: string[];
	/** 1-based number of the paragraph that holds the quote (`#p-N`). */
	paragraph: number;
	/** Offsets of the quote in that paragraph's reader text. */
	start: number;
	end: number;
	links: Link[];
}

export interface Edge {
	from: ClaimRef;
	to: ClaimRef;
	type: RelationType;
	note: string;
}

/** Stage 3 of the pipeline: every claim of every article, and the relations between them. */
export interface ClaimGraph {
	/** Oldest first, ties by title. */
	articles: SourceArticle[];
	topics: Topic[];
	/** In article order, then text order. */
	claims: ClaimNode[];
	byRef: Map<ClaimRef, ClaimNode>;
	/** Declared relations, each once. */
	edges: Edge[];
	/** Lookups built with the graph, so that no page scans every article or claim to find its own. */
	articleById: Map<ArticleId, SourceArticle>;
	/** Each article's claims, in text order. */
	claimsByArticle: Map<ArticleId, ClaimNode[]>;
	/** Each topic by its id: a claim names its topics by id, its page and card by label. */
	topicById: Map<string, Topic>;
	/** What changes with the library's size, decided once from its article count (src/shared/library-plan.ts). */
	plan: LibraryPlan;
}
