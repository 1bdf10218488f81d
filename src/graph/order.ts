import { splitClaimRef, type ArticleId, type ClaimRef } from '../shared/ids';
import type { ClaimGraph, ClaimNode, Link, SourceArticle } from './types';

/**
 * A short name for each article, for column headings and "only in …" labels:
 * the author's surname, or surname and year when one author wrote two.
 */
export function articleLabels(graph: Pick<ClaimGraph, 'articles'>): Map<ArticleId, string> {
	let labels = labelsOf.get(graph.articles);
	if (labels === undefined) {
		labels = computeLabels(graph.articles);
		labelsOf.set(graph.articles, labels);
	}
	return labels;
}

/**
 * Whose the other claim of a link is, as chips and relation lists name it: "this text" for a
 * step of the same article's argument (the reader is in that text already), else its article's label.
 */
export function linkOwner(graph: Pick<ClaimGraph, 'articles'>, link: Pick<Link, 'within'>, other: Pick<ClaimNode, 'article'>): string {
	return link.within ? 'this text' : (articleLabels(graph).get(other.article) ?? other.article);
}

/** Every page asks for the labels: worked out once per graph (its article list). */
const labelsOf = new WeakMap<SourceArticle[], Map<ArticleId, string>>();

function computeLabels(articles: SourceArticle[]): Map<ArticleId, string> {
	const surname = (a: SourceArticle) => a.data.author.name.trim().split(/\s+/).at(-1) ?? a.data.author.name;
	const counts = new Map<string, number>();
	for (const a of articles) counts.set(surname(a), (counts.get(surname(a)) ?? 0) + 1);
	return new Map(
		articles.map((a) => {
			const name = surname(a);
			return [a.id, (counts.get(name) ?? 0) > 1 ? `${name} ${a.data.published.date.slice(0, 4)}` : name];
		}),
	);
}

/** Claims of the same article as `ref`, in text order, and where `ref` stands among them. */
export function neighbours(
	graph: Pick<ClaimGraph, 'claimsByArticle'>,
	ref: ClaimRef,
): { prev?: ClaimNode; next?: ClaimNode; index: number; count: number } {
	const { article } = splitClaimRef(ref);
	const siblings = graph.claimsByArticle.get(article) ?? [];
	const index = siblings.findIndex((c) => c.ref === ref);
	const prev = index > 0 ? siblings[index - 1] : undefined;
	const next = index >= 0 ? siblings[index + 1] : undefined;
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}), index, count: siblings.length };
}
