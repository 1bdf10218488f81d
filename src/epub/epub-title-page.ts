import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { formatCitation, type CitationStyle, type CslItem } from '../cite';
import type { ArticleData } from '../schemas/article';
import { describeBounds, formatPartialDate, parsePartialDate } from '../schemas/partial-date';

/**
 * The EPUB's title page: what we know of the text and how sure we are (as the
 * reading page's header says it), the citation in three styles, and where the
 * companion has it. Every fact comes from the article's frontmatter; the
 * citations from the companion's CSL formatter (src/cite), as the reading page
 * shows them.
 */
export interface TitlePageInput {
	data: ArticleData;
	item: CslItem;
	/** The reading page's absolute URL. */
	pageUrl: string;
	siteName: string;
}

const CITATION_STYLES: { style: CitationStyle; label: string }[] = [
	{ style: 'chicago', label: 'Chicago' },
	{ style: 'apa', label: 'APA' },
	{ style: 'mla', label: 'MLA' },
];

/** "October 2009 (on or after the 16th)", "2010 (on or after 7 April)": the date at its precision, as PublicationDate.astro shows it. */
function dateAtPrecision(published: ArticleData['published']): string {
	const { precision } = parsePartialDate(published.date);
	const unknown =
		describeBounds(published.date, published) ?? { year: 'month and day not known', month: 'day not known', day: '' }[precision];
	return unknown ? `${formatPartialDate(published.date)} (${unknown})` : formatPartialDate(published.date);
}

export function titlePage({ data, item, pageUrl, siteName }: TitlePageInput): ElementContent[] {
	const org = data.organisation;
	const orgName = org.shortName === org.name ? org.name : `${org.name} (${org.shortName})`;
	const fact = (term: string, value: (ElementContent | string)[] | string, note?: string) => [
		h('dt', term),
		h('dd', typeof value === 'string' ? [value] : value),
		...(note ? [h('dd', { className: ['note'] }, note)] : []),
	];
	const link = (url: string) => h('a', { href: url }, url);
	return [
		h('h1', data.title),
		h('p', { className: ['byline'] }, `By ${data.author.name}, ${data.author.affiliation}`),
		h('section', { ariaLabelledby: 'known' }, [
			h('h2', { id: 'known' }, 'What we know, and how sure we are'),
			h('dl', [
				...fact(data.host ? 'Original publisher' : 'Publisher', `${orgName}: ${org.certainty}`, org.note),
				...(data.host
					? fact('Text as published at', [`${data.host.name}: ${data.host.certainty}, `, link(data.host.url)], data.host.note)
					: []),
				...fact('Published', dateAtPrecision(data.published), data.published.note),
				...fact('Original', [link(data.source.url)]),
				...fact('Text', data.source.note),
			]),
		]),
		h('section', { ariaLabelledby: 'cite' }, [
			h('h2', { id: 'cite' }, 'Cite this article'),
			h(
				'dl',
				CITATION_STYLES.flatMap(({ style, label }) => [
					h('dt', label),
					h(
						'dd',
						{ className: ['citation'] },
						fromHtml(formatCitation(item, style, { format: 'html' }), { fragment: true }).children as ElementContent[],
					),
				]),
			),
		]),
		h('section', { ariaLabelledby: 'companion' }, [
			h('h2', { id: 'companion' }, `In the ${siteName}`),
			h('p', ['This edition comes from ', link(pageUrl), ', where the text is read with its claims and compared with the other texts.']),
			h('p', [
				'Paragraph numbers are the companion’s: paragraph 3 here is ',
				link(`${pageUrl}#p-3`),
				' there. Slips of the original are kept as written and marked [sic]; the photo caption and the note about the author are marked as such.',
			]),
		]),
	];
}
