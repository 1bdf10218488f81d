import type { EventData } from '../schemas/event';
import type { EventPrecision } from '../schemas/event-date';
import type { ArticleId, ClaimRef } from '../shared/ids';

/** One event, checked against its text, with where it stands on the axis. */
export interface EventNode {
	id: string;
	label: string;
	article: ArticleId;
	words: string;
	passages: EventData['passages'];
	date?: string;
	precision?: EventPrecision;
	earliest?: string;
	latest?: string;
	relative?: NonNullable<EventData['relative']>;
	basis?: NonNullable<EventData['basis']>;
	sources?: string;
	claims: ClaimRef[];
	entities: string[];
	/**
	 * The first and last day it can have happened, as ISO days: the date's period narrowed by the
	 * bounds. Absent for an event the texts leave undated or date only relatively.
	 */
	span?: { start: string; end: string };
}

/** Stage 3, beside the claim graph: both texts' events, in order. */
export interface Chronology {
	file: string;
	/** Dated events, by the first day they can mean, then the last, then article order. */
	dated: EventNode[];
	/** Events dated only relative to another event or to their article's publication. */
	relative: EventNode[];
	/** Events the texts leave undated, in article order, then text order. */
	undated: EventNode[];
	byId: Map<string, EventNode>;
}
