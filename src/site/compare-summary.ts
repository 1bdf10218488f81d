import type { ClaimGraph } from '../graph/types';
import { RELATION_TYPES } from '../schemas/claim';
import type { ArticleId } from '../shared/ids';
import type { CompareModel, ComparePair } from './compare-map';

/**
 * The answer /compare/ leads with, and the home page's Compare door repeats:
 * how many relations between the texts say the authors agree, how many say
 * they differ (each type's `stance`, src/schemas/claim.ts), and how many of
 * each text's claims the other text has nothing related to. Relations of
 * stance `link` (one develops, argues from or reports the outcome of the
 * other) are counted apart: neither agreement nor difference.
 */
export interface CompareSummary {
	agree: ComparePair[];
	differ: ComparePair[];
	link: ComparePair[];
	/** Per article, oldest first: its claims no claim of another article relates to. */
	only: { article: ArticleId; count: number }[];
}

export function compareSummary(model: Pick<CompareModel, 'groups' | 'only'>): CompareSummary {
	const pairs = model.groups.flatMap((g) => g.pairs);
	const of = (stance: 'agree' | 'differ' | 'link') => pairs.filter((p) => RELATION_TYPES[p.type].stance === stance);
	return {
		agree: of('agree'),
		differ: of('differ'),
		link: of('link'),
		only: model.only.map((o) => ({ article: o.article.id, count: o.claims.length })),
	};
}

/** The counts alone, for a page that shows no pair: the home page. */
export function summaryCounts(graph: ClaimGraph, model: Pick<CompareModel, 'groups' | 'only'>) {
	const s = compareSummary(model);
	return {
		agree: s.agree.length,
		differ: s.differ.length,
		only: s.only.reduce((n, o) => n + o.count, 0),
		claims: graph.claims.length,
	};
}
