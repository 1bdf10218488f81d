import { articleToCsl, claimToCsl, toBibtex, toCslJson, toRis, type CslItem } from '../cite';
import type { ClaimNode, ClaimGraph } from '../graph';
import { isArticleId } from '../shared/ids';
// The URLs come from the caller: the pages' (src/site/site.ts), or after the build the config's base and the graph's plan.
import type { Urls } from '../shared/urls';

/**
 * The companion's CSL items: an article or a claim, with its absolute URLs on
 * this site. `site` is Astro's configured site (SITE), so a deployment cites
 * its own address. The citation downloads (`/cite/<article>.bib`, below) hold
 * them; the Cite block formats them (src/site/citations.ts), the EPUB edition
 * and the reader's notes cite them.
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

export const DOWNLOADS = [
	{ ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
	{ ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
	{ ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** What a download holds: the article alone (one item, what a reference manager should import), or its claims. */
export type DownloadPart = 'article' | 'claims';

/**
 * `cite/mcdermott-2009.bib`: the article, once. `cite/mcdermott-2009.claims.bib`:
 * its claims, one entry each (keyed by its ref, `mcdermott-2009/un-agreement-planned`),
 * for a reader who wants them. A dot, not a slash, so the claims file can be no
 * article's (ids are kebab-case) and no old per-claim path (src/shared/moved.ts).
 * One file per claim and format made 45,000 files of a 1,000-article build,
 * over what a static host accepts.
 */
export function downloadPath(article: string, ext: string, part: DownloadPart = 'article'): string {
	return `cite/${article}${part === 'claims' ? '.claims' : ''}.${ext}`;
}

export type DownloadExt = (typeof DOWNLOADS)[number]['ext'];

// The CSL-JSON download unindented: indentation was a quarter of a 1,000-article library's citation files.
const SERIALIZE: Record<DownloadExt, (items: CslItem[]) => string> = {
	bib: toBibtex,
	ris: toRis,
	json: (items) => toCslJson(items, { indent: false }),
};

/** Every download key: each article id, and `<id>.claims` for the article's claims. */
export function downloadKeys(graph: ClaimGraph): string[] {
	return graph.articles.flatMap((a) => [a.id as string, ...(graph.claimsByArticle.get(a.id)?.length ? [`${a.id}.claims`] : [])]);
}

/** A download key's article and part: `mcdermott-2009.claims` → the claims of mcdermott-2009. */
export function parseDownloadKey(key: string): { article: string; part: DownloadPart } {
	return key.endsWith('.claims') ? { article: key.slice(0, -'.claims'.length), part: 'claims' } : { article: key, part: 'article' };
}

/** The text of one download, in one format: the article's item alone, or its claims' items in text order. */
export function downloadText(graph: ClaimGraph, key: string, ext: DownloadExt, site: URL, u: Urls): string {
	const { article, part } = parseDownloadKey(key);
	if (part === 'article') return SERIALIZE[ext]([articleItem(graph, article, site, u)]);
	const claims = isArticleId(article) ? (graph.claimsByArticle.get(article) ?? []) : [];
	return SERIALIZE[ext](claims.map((c) => claimItem(graph, c, site, u)));
}
