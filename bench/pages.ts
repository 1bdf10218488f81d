/**
 * The page types the bench measures, one representative URL each. The claim
 * and reading pages are real content: they exist as long as the McDermott
 * text and its `un-agreement-planned` claim do.
 */
export interface PageType {
	/** Short key used in the JSON and the table. */
	key: string;
	label: string;
	path: string;
}

export const PAGE_TYPES: PageType[] = [
	{ key: 'home', label: 'Home', path: '/' },
	{ key: 'reading', label: 'Reading', path: '/articles/mcdermott-2009/' },
	{ key: 'claim', label: 'Claim', path: '/claims/mcdermott-2009/un-agreement-planned/' },
	{ key: 'index', label: 'Claims index', path: '/claims/' },
	{ key: 'compare', label: 'Compare', path: '/compare/' },
	{ key: 'search', label: 'Search', path: '/search/?q=nato' },
	{ key: 'map', label: 'Map', path: '/map/' },
	{ key: 'parallel', label: 'Side by side', path: '/read/mcdermott-2009/blank-2010/' },
	{ key: 'entities', label: 'Names', path: '/entities/' },
	{ key: 'timeline', label: 'Timeline', path: '/timeline/' },
	{ key: 'notes', label: 'My notes', path: '/notes/' },
	{ key: 'offline', label: 'Offline', path: '/offline/' },
];

/** The reading page: the one with the byte and no-JavaScript budget. */
export const READING_PAGE = 'reading';

/** The search page without a query, where the latency runs type their own. */
export const SEARCH_PATH = '/search/';
