import type { ClaimNode } from '../graph';
import type { SourceArticle } from '../graph/types';
import type { ArticleData } from '../schemas/article';

/**
 * schema.org descriptions. The analyses are `AnalysisNewsArticle`s ("offering
 * interpretations and conclusions"); `datePublished` keeps the known precision
 * (ISO 8601 allows "2009-10" and "2010"); `isBasedOn` is the captured page.
 * The author's affiliation is the article's own wording ("senior fellow in …"), a
 * description of the person rather than an Organization, so it is the Person's `description`.
 */
export function articleJsonLd(data: ArticleData, pageUrl: string): Record<string, unknown> {
	return {
		'@type': 'AnalysisNewsArticle',
		'@id': pageUrl,
		url: pageUrl,
		// `headline` is the title; `name` would only repeat it, on the page with the tightest byte budget.
		headline: data.title,
		abstract: data.summary,
		inLanguage: data.language,
		author: { '@type': 'Person', name: data.author.name, description: data.author.affiliation },
		publisher: {
			'@type': 'Organization',
			name: data.organisation.name,
			alternateName: data.organisation.shortName,
			...(data.organisation.url ? { url: data.organisation.url } : {}),
			...(data.organisation.certainty === 'confirmed'
				? {}
				: { description: `Publisher ${data.organisation.certainty}: ${data.organisation.note}` }),
		},
		datePublished: data.published.date,
		isBasedOn: data.source.url,
		// The copy at the host is this same article published elsewhere: sameAs, while the publisher stays the original one.
		...(data.host ? { sameAs: data.host.url } : {}),
	};
}

export function claimJsonLd(
	claim: ClaimNode,
	article: SourceArticle,
	urls: { page: string; mark: string; article: string },
): Record<string, unknown> {
	return {
		'@type': 'Claim',
		'@id': urls.page,
		url: urls.page,
		name: claim.summary,
		text: claim.text,
		author: { '@type': 'Person', name: article.data.author.name },
		appearance: { ...articleJsonLd(article.data, urls.article), url: urls.mark },
		firstAppearance: { '@id': urls.article },
	};
}
