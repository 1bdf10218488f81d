import type { EventNode } from '../graph';
import type { SourceArticle } from '../graph/types';
import { byTime, publicationSpan, type TimelineItem } from './timeline';

/**
 * The timeline of a library. A band and a list entry per publication made
 * /timeline/ too large for one page at 1,000 articles; in a library
 * (`plan.timeline`, src/shared/library-plan.ts) the publications are counted by year instead, each
 * year one row linking to /timeline/<year>/, which lists what was published
 * then. Events stay one row each.
 */

/** The year an article gives as its publication date (the first four digits of its date, whatever its precision). */
const publicationYear = (article: SourceArticle): string => article.data.published.date.slice(0, 4);

/** The articles by year of publication, years in order, each year's articles in time order (ties in the library's order). */
export function publicationYears(articles: readonly SourceArticle[]): Map<string, SourceArticle[]> {
	const years = new Map<string, SourceArticle[]>();
	const spans = new Map(articles.map((a) => [a, publicationSpan(a)]));
	const sorted = articles
		.map((article, i) => ({ article, i }))
		.sort((a, b) => {
			const sa = spans.get(a.article);
			const sb = spans.get(b.article);
			return (sa?.start ?? '').localeCompare(sb?.start ?? '') || (sa?.end ?? '').localeCompare(sb?.end ?? '') || a.i - b.i;
		});
	for (const { article } of sorted) {
		const year = publicationYear(article);
		const list = years.get(year);
		if (list) list.push(article);
		else years.set(year, [article]);
	}
	return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
}

/** The dated events and one row per year of publications, in time order. */
export function groupedTimelineItems(dated: EventNode[], articles: readonly SourceArticle[]): TimelineItem[] {
	const items: TimelineItem[] = [
		...dated.flatMap((event) => (event.span ? [{ kind: 'event' as const, event, span: event.span }] : [])),
		...[...publicationYears(articles)].map(([year, list]) => ({
			kind: 'year' as const,
			year,
			articles: list,
			span: { start: `${year}-01-01`, end: `${year}-12-31` },
		})),
	];
	return items.sort(byTime);
}

/** The list entry's id for a year on /timeline/. */
export const yearAnchor = (year: string): string => `pubs-${year}`;

/** Where the timeline points for an article's publication: its own entry, or in a large library its year's. */
export const publicationAnchor = (article: SourceArticle, grouped: boolean): string =>
	grouped ? yearAnchor(publicationYear(article)) : `pub-${article.id}`;
