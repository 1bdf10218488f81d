/**
 * The parts of Pagefind's browser API the search uses (pagefind_web_js/types).
 * Written out because Pagefind ships its script into dist/ at build time, not
 * as a package the type checker can see.
 */
export interface WeightedLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations: WeightedLocation[];
	anchor?: { element: string; id: string; text?: string; location: number };
}

export interface PagefindData {
	url: string;
	raw_url?: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	locations: number[];
	weighted_locations: WeightedLocation[];
	sub_results: PagefindSubResult[];
	/** Every element with an id in the page's text, where it starts (a word index); those with a title begin a sub-result. */
	anchors?: { element: string; id: string; title?: string; location: number }[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}

interface PagefindResponse {
	results: PagefindResult[];
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindResponse | null>;
}

/** A second bundle joins the first through mergeIndex: one WebAssembly instance searches both. */
export interface PagefindModule extends Pagefind {
	mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
}
