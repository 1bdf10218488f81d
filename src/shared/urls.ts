import type { ClaimRef } from './ids';
import { KEBAB } from './kebab';
import type { LibraryPlan } from './library-plan';

/**
 * Every public URL of the site, in one place. These paths are permanent:
 * readers cite them. `base` is the deployment's base path (`/` or `/companion/`);
 * `plan` is the library's size plan (src/shared/library-plan.ts, `graph.plan`), which decides
 * where a claim lives and where a pair of articles is compared.
 */
export function makeUrls(base: string, plan: Pick<LibraryPlan, 'claimHome' | 'pairHome'>) {
	const root = base.replace(/\/?$/, '/');
	const split = (ref: ClaimRef) => ref.split('/') as [string, string];
	const grouped = plan.claimHome === 'article-section';
	const onePair = plan.pairHome === 'index';
	return {
		/** Any site path under the base: `path('about/')`. */
		path: (p = '') => root + p.replace(/^\//, ''),
		article: (article: string) => `${root}articles/${article}/`,
		/** The claim's mark in its reading page. */
		claimMark: (ref: ClaimRef) => {
			const [article, claim] = split(ref);
			return `${root}articles/${article}/#claim-${claim}`;
		},
		/**
		 * Where a claim is, the permalink a reader cites: its own page, `/claims/<article>/<claim>/`, or in a
		 * library (`plan.claimHome`) its section of its article's claims page, `/articles/<article>/claims/#<claim>`.
		 */
		claimPage: (ref: ClaimRef) => {
			const [article, claim] = split(ref);
			return grouped ? `${root}articles/${article}/claims/#${claim}` : `${root}claims/${article}/${claim}/`;
		},
		/** One article's claims on one page, in a library (`plan.claimHome`). */
		articleClaims: (article: string) => `${root}articles/${article}/claims/`,
		claimsIndex: () => `${root}claims/`,
		/** The claims index narrowed to one kind. */
		claimsKind: (kind: string) => `${root}claims/kind/${kind}/`,
		/** The claims index narrowed to who speaks: the authors' own, or the sources they relay. */
		claimsSaid: (said: 'author' | 'reported') => `${root}claims/said/${said}/`,
		/** The claims index narrowed to one topic. */
		topic: (topic: string) => `${root}claims/topic/${topic}/`,
		/** The claims index narrowed to the claims with a relation to another claim. */
		claimsRelated: () => `${root}claims/related/`,
		compare: () => `${root}compare/`,
		/** The comparison of two articles (src/site/compare-pairs.ts), the older first: `/compare/` itself when they are the library's one pair (`plan.pairHome`). */
		comparePair: (a: string, b: string) => (onePair ? `${root}compare/` : `${root}compare/${a}/${b}/`),
		/** The claim maps, and the map of two articles, the older first: `/map/` itself when they are the library's one pair (`plan.pairHome`). */
		map: (a?: string, b?: string) => (a && b && !onePair ? `${root}map/${a}/${b}/` : `${root}map/`),
		/** Two texts side by side: `a` on the left, `b` on the right. */
		parallel: (a: string, b: string) => `${root}read/${a}/${b}/`,
		/** The index of people, organisations and places, and one entity's page. */
		entities: () => `${root}entities/`,
		entity: (id: string) => `${root}entities/${id}/`,
		/** One article's people, organisations and places, paragraph by paragraph. */
		articleNames: (article: string) => `${root}articles/${article}/names/`,
		/** The chronology of both texts. */
		timeline: () => `${root}timeline/`,
		/** What was published in one year, in a library (`plan.timeline`, src/site/timeline-years.ts). */
		timelineYear: (year: string) => `${root}timeline/${year}/`,
		/** A paragraph of `article` in a parallel page; each column prefixes its ids with its article. */
		parallelParagraph: (a: string, b: string, article: string, n: number) => `${root}read/${a}/${b}/#${article}-p-${n}`,
	};
}

export type Urls = ReturnType<typeof makeUrls>;

// Not anchored at the start: the same parse serves every base path.
const CLAIM_MARK = new RegExp(`/articles/(${KEBAB})/$`);
const CLAIM_HASH = new RegExp(`^#claim-(${KEBAB})$`);
const CLAIM_PAGE = new RegExp(`/claims/(${KEBAB})/(${KEBAB})/$`);
const CLAIM_GROUPED = new RegExp(`/articles/(${KEBAB})/claims/$`);
const CLAIM_SECTION = new RegExp(`^#(${KEBAB})$`);
/** The claims index's filter pages (`claimsKind`, `claimsSaid`, `topic`, and `/claims/related/2/`) have a claim page's shape. */
export const FILTER_PAGES: ReadonlySet<string> = new Set(['kind', 'said', 'topic', 'related']);

/**
 * The claim a URL's path and hash point to, the inverse of `claimMark` and
 * `claimPage` under any base path: `/articles/a/#claim-b`, `/claims/a/b/` and
 * `/articles/a/claims/#b` are `a/b`. Any other URL, a claim page with a hash or a filter page of the
 * claims index among them, is no claim.
 */
export function parseClaimUrl(pathname: string, hash = ''): ClaimRef | undefined {
	const mark = CLAIM_MARK.exec(pathname);
	const claim = CLAIM_HASH.exec(hash);
	if (mark && claim) return `${mark[1]}/${claim[1]}` as ClaimRef;
	const grouped = CLAIM_GROUPED.exec(pathname);
	const section = CLAIM_SECTION.exec(hash);
	if (grouped && section) return `${grouped[1]}/${section[1]}` as ClaimRef;
	const page = CLAIM_PAGE.exec(pathname);
	return page && !hash && !FILTER_PAGES.has(page[1] ?? '') ? (`${page[1]}/${page[2]}` as ClaimRef) : undefined;
}

const PARALLEL = new RegExp(`/read/(${KEBAB})/(${KEBAB})/$`);

/** The two articles of a parallel page's path, left first: the inverse of `parallel` under any base path. */
export function parseParallelUrl(pathname: string): { left: string; right: string } | undefined {
	const match = PARALLEL.exec(pathname);
	return match?.[1] && match[2] && match[1] !== match[2] ? { left: match[1], right: match[2] } : undefined;
}
