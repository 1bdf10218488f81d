import { shortPublisher } from './publisher';
import type { ArticleData } from '../schemas/article';
import { formatBoundedDate, parsePartialDate } from '../schemas/partial-date';
import { SITE_NAME } from '../shared/site-name';
import { urls } from './site';

/**
 * What link previews show: the social image of each page (one per article,
 * one for the rest of the site, drawn by src/pages/og/[id].png.ts), its
 * alternative text, and the Open Graph `article:` facts of a reading page.
 * Pure data, so the layout can import it without the image renderer.
 */

/** Social images are 1200×630, the size Open Graph and Twitter's large card expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The id of the site-wide image; an article may not take it. */
export const DEFAULT_IMAGE_ID = 'site';

/** Site path of a social image: `/og/mcdermott-2009.png`, `/og/site.png`. */
export function ogImagePath(id: string = DEFAULT_IMAGE_ID): string {
	return urls.path(`og/${id}.png`);
}

/** The publisher as far as it is known: "EurasiaNet (publisher unverified)". */
export function publisherLabel(data: ArticleData): string {
	const { name, certainty } = data.organisation;
	return certainty === 'confirmed' ? name : `${name} (publisher ${certainty})`;
}

/** The card drawn for an article: everything on it is in the frontmatter, the date at its precision. */
export function articleCard(data: ArticleData, footer: string) {
	return {
		kicker: data.organisation.certainty === 'confirmed' ? `Analysis · ${data.organisation.shortName}` : 'Analysis',
		title: data.title,
		byline: data.author.name,
		lines: [`${publisherLabel(data)} · ${formatBoundedDate(data.published.date, data.published)}`],
		footer,
	};
}

/** Past this many articles the site's card counts them instead of naming each (a card has room for three lines). */
const SITE_CARD_LINES = 3;

/** The card for every page that is not a reading page. */
export function siteCard(articles: readonly ArticleData[], footer: string) {
	return {
		kicker: 'Reading companion',
		title: 'Two analyses of UN–CSTO cooperation, 2009–2010',
		lines:
			articles.length > SITE_CARD_LINES
				? [`${articles.length} analyses`]
				: articles.map((a) => `${a.author.name} · ${shortPublisher(a.organisation)} · ${formatBoundedDate(a.published.date, a.published)}`),
		footer,
	};
}

/** The cards' footer: the site's name and address, e.g. "UN–CSTO Reading Companion · example.org/companion". */
export function cardFooter(site: URL | undefined): string {
	const where = site ? `${site.host}${urls.path().replace(/\/$/, '')}` : '';
	return where ? `${SITE_NAME} · ${where}` : SITE_NAME;
}

/** The image's alternative text says what the card says. */
export function cardAlt(card: { title: string; byline?: string; lines: string[] }): string {
	return `${card.title}. ${[...(card.byline ? [card.byline] : []), ...card.lines].join('. ').replaceAll(' · ', ', ')}.`;
}

/** Open Graph `article:*` facts. */
export interface ArticleFacts {
	author: string;
	/** A full date (YYYY-MM-DD) or nothing: Open Graph's DateTime has a day, and we do not invent one. */
	publishedTime?: string;
	section?: string;
}

export interface SocialProps {
	type: 'website' | 'article';
	image: { path: string; alt: string };
	article?: ArticleFacts;
}

/** What a reading page passes to Base: `<Base {...articleSocial(id, data, Astro.site)} …>`. */
export function articleSocial(id: string, data: ArticleData, site: URL | undefined): SocialProps {
	const { precision } = parsePartialDate(data.published.date);
	return {
		type: 'article',
		image: { path: ogImagePath(id), alt: cardAlt(articleCard(data, cardFooter(site))) },
		article: {
			author: data.author.name,
			...(precision === 'day' ? { publishedTime: data.published.date } : {}),
			section: 'Analysis',
		},
	};
}
