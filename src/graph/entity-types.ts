import type { EntityData, EntityType, Place } from '../schemas/entity';
import type { EntityId } from '../shared/entity-id';
import type { ArticleId, ClaimRef } from '../shared/ids';
import type { InContext } from './places';

/** One place an entity is named: found by a spelling, or declared by the editor. */
export interface Mention {
	entity: EntityId;
	article: ArticleId;
	/** A body paragraph's number (`#p-N`), the photo caption or the author's note. */
	place: Place;
	/** Offsets of the words in that place's reader text. */
	start: number;
	end: number;
	/** The words as the text has them. */
	surface: string;
	/** A line of the text around them. */
	context: InContext;
	/** Placed by hand (`mentions:` in the entry) rather than found by a spelling. */
	declared: boolean;
	/** The claims whose quote holds these words. */
	claims: ClaimRef[];
}

export interface EntityNode {
	id: EntityId;
	type: EntityType;
	label: string;
	spellings: string[];
	described: EntityData['described'];
	expansion?: EntityData['expansion'];
	search?: EntityData['search'];
	/** In article order, then place order (caption, paragraphs, author's note), then text order. */
	mentions: Mention[];
	/** How many times each article names it. */
	counts: Map<ArticleId, number>;
	/** The claims whose quote names it. */
	involvedIn: ClaimRef[];
	/** The claims the texts attribute to it (`attributedTo` naming it). */
	attributed: ClaimRef[];
}

/** Stage 3, beside the claim graph: every entity with its mentions, checked against the texts. */
export interface EntityIndex {
	/** The entities file, relative to the project root; empty when the content has none. */
	file: string;
	/** Named in two or more articles first, then by type, then label. */
	entities: EntityNode[];
	byId: Map<EntityId, EntityNode>;
	/** Each article's entities, most mentioned first. */
	byArticle: Map<ArticleId, EntityNode[]>;
	/** The entities each claim's quote names, in index order: a claim page's "Names" search facet. */
	byClaim: Map<ClaimRef, EntityNode[]>;
}
