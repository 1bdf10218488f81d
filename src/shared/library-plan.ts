/**
 * What changes with the library's size, decided once (docs/architecture.md, "The size plan").
 * Two regimes: the companion, up to COMPANION_MAX articles, where each claim has a page of its
 * own, as in the two-article site; and the library, past it, where a claim is a section of its
 * article's claims page. The line is where the pages per claim stop fitting a static host: at
 * 1,000 articles the 15,000 claim pages were most of the 20,000 files a host accepts. Every switch
 * below follows from the article count; everything else takes one path at every size.
 *
 * Computed once, beside the claim graph (src/graph/build.ts, `graph.plan`), and handed as a value
 * to the URL builder (src/shared/urls.ts) and to every page, sitemap, redirect and search bundle
 * that differs between the regimes: none of them counts the articles itself.
 */
const COMPANION_MAX = 30;

export interface LibraryPlan {
	/** The library's articles. */
	articles: number;
	regime: 'companion' | 'library';
	/** Where a claim lives: `/claims/<article>/<claim>/`, or `/articles/<article>/claims/#<claim>`. */
	claimHome: 'own-page' | 'article-section';
	/** The parallel pages: both orders of a pair, so either text stands on the left, or the older text on the left only. */
	parallelOrders: 'both' | 'older-left';
	/** The timeline: a band and an entry per publication, or the publications counted by year with a page per year. */
	timeline: 'publications' | 'years';
	/**
	 * Where a pair of articles is compared and mapped: at `/compare/` and `/map/` when the library
	 * is one pair, else each pair at `/compare/<older>/<newer>/` and `/map/<older>/<newer>/`,
	 * listed at `/compare/` and `/map/`.
	 */
	pairHome: 'index' | 'own-page';
	/** How the site's description names the authors: by name, or counts the analyses. */
	authors: 'named' | 'counted';
}

export function libraryPlan(articles: number): LibraryPlan {
	const library = articles > COMPANION_MAX;
	return {
		articles,
		regime: library ? 'library' : 'companion',
		claimHome: library ? 'article-section' : 'own-page',
		parallelOrders: library ? 'older-left' : 'both',
		timeline: library ? 'years' : 'publications',
		pairHome: articles === 2 ? 'index' : 'own-page',
		authors: library ? 'counted' : 'named',
	};
}
