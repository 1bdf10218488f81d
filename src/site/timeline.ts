import type { EventNode } from '../graph';
import type { SourceArticle } from '../graph/types';
import { periodOf } from '../schemas/partial-date';

/**
 * One row of the timeline: an event, or an article's publication, on the same
 * axis; in a large library (src/site/timeline-years.ts) a year's publications
 * as one row instead of a band per article.
 */
export type TimelineItem =
	| { kind: 'event'; event: EventNode; span: { start: string; end: string } }
	| { kind: 'publication'; article: SourceArticle; span: { start: string; end: string } }
	| { kind: 'year'; year: string; articles: SourceArticle[]; span: { start: string; end: string } };

/** An ISO day as a count of days: arithmetic on the numbers, in UTC, so no time zone shifts a day. */
export function dayNumber(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** An article's publication as a span: its date's period narrowed by its bounds. */
export function publicationSpan(article: SourceArticle): { start: string; end: string } {
	const { date, earliest, latest } = article.data.published;
	const p = periodOf(date);
	return {
		start: earliest && periodOf(earliest).start > p.start ? periodOf(earliest).start : p.start,
		end: latest && periodOf(latest).end < p.end ? periodOf(latest).end : p.end,
	};
}

/** The dated events and the publications, in time order (a publication after the events it ties with). */
export function timelineItems(dated: EventNode[], articles: SourceArticle[]): Exclude<TimelineItem, { kind: 'year' }>[] {
	const items: Exclude<TimelineItem, { kind: 'year' }>[] = [
		...dated.flatMap((event) => (event.span ? [{ kind: 'event' as const, event, span: event.span }] : [])),
		...articles.map((article) => ({ kind: 'publication' as const, article, span: publicationSpan(article) })),
	];
	return items.sort(byTime);
}

/** Time order: by first day, then last day; a publication (or a year of them) after the events it ties with. */
export function byTime(a: TimelineItem, b: TimelineItem): number {
	return (
		a.span.start.localeCompare(b.span.start) ||
		a.span.end.localeCompare(b.span.end) ||
		Number(a.kind !== 'event') - Number(b.kind !== 'event')
	);
}

/** The axis: whole years from the first item's to the last's, and a scale from days to SVG units. */
export function axisOf(items: TimelineItem[], width: number): { years: number[]; x: (iso: string) => number } {
	const first = Number(items[0]?.span.start.slice(0, 4) ?? 2000);
	const last = Number(items.reduce((max, i) => (i.span.end > max ? i.span.end : max), '0000').slice(0, 4)) || first;
	const years = Array.from({ length: last - first + 2 }, (_, i) => first + i);
	const from = dayNumber(`${first}-01-01`);
	const to = dayNumber(`${last + 1}-01-01`);
	return { years, x: (iso) => ((dayNumber(iso) - from) / (to - from)) * width };
}
