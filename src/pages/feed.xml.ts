import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { buildXml } from '../exports/xml';
import { lastChanged } from '../build/content-dates';
import { SITE_NAME } from '../shared/site-name';
import { urls } from '../site/site';
import { ogImagePath, publisherLabel } from '../site/social';
import { describeBounds, formatPartialDate, parsePartialDate } from '../schemas/partial-date';

/**
 * `/feed.xml`: an Atom feed (RFC 4287) with one entry per analysis, newest
 * first, linked from every page's head: the newest FEED_MAX, at any size. A
 * feed reader fetches the whole file each time it looks, so a library's feed
 * holds its news, not its catalogue (the sitemap and the home page list every
 * analysis).
 *
 * Dates, decided so that the feed never states a day nobody knows:
 * - `published` is optional in Atom and must be a full RFC 3339 timestamp. The
 *   analyses are dated only to the month ("2009-10") or the year ("2010"), so
 *   an entry has `published` only when its date is known to the day; padding
 *   "2009-10" to "2009-10-01T00:00:00Z" would put a made-up day in every feed
 *   reader. The date at its real precision is said in the summary instead.
 *   (A date known to the day is given as that day at 00:00 UTC, the form
 *   RFC 3339 requires.)
 * - `updated` is required. It is when this companion's entry last changed:
 *   the last commit of the article's Markdown file (src/build/content-dates.ts),
 *   a true timestamp about our copy, not about the original publication.
 */
export const prerender = true;

/** The entries of the feed, the newest. */
const FEED_MAX = 30;

/** RFC 3339 in UTC, to the second. */
const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('the feed needs an absolute site URL: set SITE');
	const abs = (path: string) => new URL(path, site).href;
	const graph = getClaimGraph();
	const newest = graph.articles.slice(-FEED_MAX);
	const entries = [...newest].reverse().map((article) => {
		const { data } = article;
		const { precision } = parsePartialDate(data.published.date);
		const when = formatPartialDate(data.published.date);
		const known =
			describeBounds(data.published.date, data.published) ??
			{ year: 'known to the year only', month: 'known to the month only', day: '' }[precision];
		const summary = `${data.summary} Published ${when}${known ? ` (${known})` : ''} by ${publisherLabel(data)}.`;
		const updated = lastChanged(article.file);
		const url = abs(urls.article(article.id));
		const topics = [...new Set((graph.claimsByArticle.get(article.id) ?? []).flatMap((c) => c.topics))];
		return {
			updated,
			entry: {
				title: data.title,
				id: url,
				link: [
					{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
					{ '@_rel': 'via', '@_href': data.source.url },
				],
				author: { name: data.author.name },
				...(precision === 'day' ? { published: `${data.published.date}T00:00:00Z` } : {}),
				updated: stamp(updated),
				summary: { '@_type': 'text', '#text': summary },
				category: topics.map((t) => ({ '@_term': t, '@_label': graph.topicById.get(t)?.label ?? t })),
			},
		};
	});
	const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
	const xml = buildXml({
		'?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
		feed: {
			'@_xmlns': 'http://www.w3.org/2005/Atom',
			'@_xml:lang': 'en',
			title: SITE_NAME,
			subtitle: 'Two analyses of the 2009–2010 cooperation between the UN and the CSTO, to read, compare and cite.',
			id: abs(urls.path()),
			link: [
				{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': abs(urls.path('feed.xml')) },
				{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': abs(urls.path()) },
			],
			updated: stamp(updated),
			icon: abs(urls.path('favicon.svg')),
			logo: abs(ogImagePath()),
			entry: entries.map((e) => e.entry),
		},
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
