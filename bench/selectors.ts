/**
 * How the bench finds the search UI. The UI is built separately
 * (src/pages/search.astro, src/scripts/search/); when its markup changes,
 * this is the only file to adjust.
 */
export const SEARCH_SELECTORS = {
	/**
	 * The query box: role searchbox (an <input type="search">) or the form
	 * field named q, inside <main> (a header search form only links here).
	 */
	input: 'main input[type="search"], main [role="searchbox"], main input[name="q"]',
	/**
	 * Where results appear as the reader types: a list, or a live region holding
	 * one, inside <main> (the header and footer may hold lists of their own).
	 */
	results: 'main [role="list"], main ul[aria-live], main ol[aria-live], main [aria-live] ul, main [aria-live] ol',
	/** One result inside the results element: a list item with a link. */
	resultItem: ':scope > li, :scope > [role="listitem"]',
	/** Pagefind's files: every response under this path counts as search bytes. */
	pagefindPath: '/pagefind/',
	/** A did-you-mean suggestion (src/scripts/search/render.ts), and where the vocabulary it reads is served. */
	suggestion: 'main .search-suggest a',
	vocabularyPath: '/search-vocabulary/',
} as const;
