import { articleToCsl, claimToCsl, formatCitation, toBibtex, toCslJson, toRis, type CitationStyle, type CslItem } from '../cite';
import type { ClaimNode, ClaimGraph } from '../graph';
import { isArticleId } from '../shared/ids';
// The URLs come from the caller: the pages' (src/site/site.ts), or after the build the config's base and the graph's plan.
import type { Urls } from '../shared/urls';

/**
 * The companion's CSL items: an article or a claim, with its absolute URLs on
 * this site. `site` is Astro's configured site (SITE), so a deployment cites
 * its own address.
 */
export function articleItem(graph: ClaimGraph, articleId: string, site: URL, u: Urls): CslItem {
	const article = isArticleId(articleId) ? graph.articleById.get(articleId) : undefined;
	if (!article) throw new Error(`no article "${articleId}"`);
	return articleToCsl(article.id, article.data, { pageUrl: new URL(u.article(article.id), site).href });
}

export function claimItem(graph: ClaimGraph, claim: ClaimNode, site: URL, u: Urls): CslItem {
	const article = graph.articleById.get(claim.article);
	if (!article) throw new Error(`no article "${claim.article}"`);
	return claimToCsl(article.id, article.data, claim, {
		pageUrl: new URL(u.article(article.id), site).href,
		claimUrl: new URL(u.claimPage(claim.ref), site).href,
	});
}

export interface FormattedCitation {
	style: CitationStyle | 'chicago-note';
	label: string;
	html: string;
	text: string;
}

/** Every citation the Cite block offers, formatted by the CSL styles. */
export function citationsOf(item: CslItem): FormattedCitation[] {
	const both = (style: CitationStyle, form: 'bibliography' | 'citation') => ({
		html: formatCitation(item, style, { format: 'html', form }),
		text: formatCitation(item, style, { format: 'text', form }),
	});
	return [
		{ style: 'chicago', label: 'Chicago (bibliography)', ...both('chicago', 'bibliography') },
		{ style: 'chicago-note', label: 'Chicago (note)', ...both('chicago', 'citation') },
		{ style: 'apa', label: 'APA 7', ...both('apa', 'bibliography') },
		{ style: 'mla', label: 'MLA 9', ...both('mla', 'bibliography') },
	];
}

export const DOWNLOADS = [
	{ ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
	{ ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
	{ ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

/**
 * `cite/mcdermott-2009.bib`: one file per article and format, holding the
 * article's entry first and then one entry per claim (each keyed by its ref,
 * `mcdermott-2009/un-agreement-planned`). One file per claim and format made
 * 45,000 files of a 1,000-article build, over what a static host accepts; the
 * old per-claim paths are forwarded here (src/shared/moved.ts).
 */
export function downloadPath(article: string, ext: string): string {
	return `cite/${article}.${ext}`;
}

export type DownloadExt = (typeof DOWNLOADS)[number]['ext'];

// The CSL-JSON download unindented: indentation was a quarter of a 1,000-article library's citation files.
const SERIALIZE: Record<DownloadExt, (items: CslItem[]) => string> = {
	bib: toBibtex,
	ris: toRis,
	json: (items) => toCslJson(items, { indent: false }),
};

/** Every download key: each article id. */
export function downloadKeys(graph: ClaimGraph): string[] {
	return graph.articles.map((a) => a.id as string);
}

/** The text of one download: the article's item, then its claims' in text order, in one format. */
export function downloadText(graph: ClaimGraph, article: string, ext: DownloadExt, site: URL, u: Urls): string {
	const claims = isArticleId(article) ? (graph.claimsByArticle.get(article) ?? []) : [];
	return SERIALIZE[ext]([articleItem(graph, article, site, u), ...claims.map((c) => claimItem(graph, c, site, u))]);
}
