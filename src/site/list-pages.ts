import type { ClaimNode } from '../graph/types';

/**
 * The pages of a list: the claims lists (`/claims/` and its kind, said, topic
 * and related pages) split into pages of whole articles, and the path of each
 * page (`/claims/2/`, also for the list of pairs at `/compare/`). In a large
 * library one page of every claim grew past what a reader's browser loads
 * comfortably; a page now holds at most CLAIMS_PER_PAGE claims, an article's
 * claims never split across two unless it alone has more. A list that fits is
 * one page: the two analyses' lists are one page each. Not a claim's own page
 * (`urls.claimPage`), nor the search's claim results (src/scripts/).
 */
const CLAIMS_PER_PAGE = 100;

export interface ListPage {
	/** 1-based. */
	number: number;
	claims: ClaimNode[];
}

/** `claims` (in graph order) in pages; always at least one page, perhaps empty. */
export function listPages(claims: ClaimNode[], limit = CLAIMS_PER_PAGE): ListPage[] {
	const pages: ClaimNode[][] = [[]];
	let i = 0;
	while (i < claims.length) {
		let j = i;
		const article = claims[i]?.article;
		while (j < claims.length && claims[j]?.article === article) j += 1;
		const run = claims.slice(i, j);
		const current = pages.at(-1) as ClaimNode[];
		if (current.length > 0 && current.length + run.length > limit) pages.push([...run]);
		else current.push(...run);
		i = j;
	}
	return pages.map((page, n) => ({ number: n + 1, claims: page }));
}

/** What `pagedPaths` gives each page of a list, besides the list's own props. */
export interface PagedListProps {
	page: ListPage;
	pages: number;
	/** How many claims the whole list holds, over every page. */
	count: number;
}

/** The `[...page]` param of a list's page: none for the first, so the first keeps the list's URL. */
const pageParam = (n: number): string | undefined => (n === 1 ? undefined : String(n));

/** The path of page `n` of the list at `first`: `/claims/`, `/claims/2/`. */
export const pagePath = (first: string, n: number): string => (n === 1 ? first : `${first}${n}/`);

/** The static paths of a paginated list, one per page, each with its page, the page count and the list's claim count. */
export function pagedPaths<P extends Record<string, string | undefined>, X extends object>(
	params: P,
	claims: ClaimNode[],
	extra: X,
): { params: P & { page: string | undefined }; props: X & PagedListProps }[] {
	const pages = listPages(claims);
	return pages.map((page) => ({
		params: { ...params, page: pageParam(page.number) },
		props: { ...extra, page, pages: pages.length, count: claims.length },
	}));
}
