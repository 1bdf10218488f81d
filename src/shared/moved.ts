import { KEBAB } from './kebab';
import type { LibraryPlan } from './library-plan';
import { FILTER_PAGES } from './urls';

/**
 * Public URLs the site itself has moved (not an editor's rename, which goes in
 * content/redirects.yaml): each old path, by its shape, and where it now is.
 * Read by the permalink check (a moved permalink is kept when its new path
 * exists), by the `_redirects` the build writes for Netlify and Cloudflare
 * Pages, and by the 404 page's script, which forwards where the host has no
 * redirects (GitHub Pages serves 404.html for any unknown path). Paths are
 * root-relative, without the base path.
 */
export interface MovedRule {
	/** Why the old paths moved, for the comment above their lines in `_redirects`. */
	why: string;
	/** The old path's shape. */
	from: RegExp;
	/** The new path, from the old path's groups. */
	to: (match: RegExpExecArray) => string;
	/** Moved only where claims are sections of their article's claims page (a library, src/shared/library-plan.ts): in the companion the old paths are pages still. */
	claimHome?: LibraryPlan['claimHome'];
	/**
	 * The rule as `_redirects` placeholder lines (root-relative), written once instead of a line per
	 * moved path: Cloudflare Pages takes at most 2,000 static rules, and a large library has 15,000
	 * claims. Cloudflare follows a rule even where a file exists, so lines before it keep (`200`) the
	 * pages of the same shape that did not move.
	 */
	lines?: readonly string[];
}

/** The claims index's filter pages have a claim page's shape, `/claims/<a>/<b>/`: they are no claim's. */
const FILTERS = [...FILTER_PAGES];

export const MOVED: readonly MovedRule[] = [
	{
		why: 'one citation download of an article’s claims per format, instead of one per claim and format',
		from: new RegExp(`^/cite/(${KEBAB})/${KEBAB}\\.(bib|ris|json)$`),
		to: (m) => `/cite/${m[1]}.claims.${m[2]}`,
	},
	{
		why: 'in a large library a claim is a section of its article’s claims page, not a page of its own',
		from: new RegExp(`^/claims/(?!(?:${FILTERS.join('|')})/)(${KEBAB})/(${KEBAB})/$`),
		to: (m) => `/articles/${m[1]}/claims/#${m[2]}`,
		claimHome: 'article-section',
		lines: [
			...FILTERS.map((f) => `/claims/${f}/:page/ /claims/${f}/:page/ 200`),
			'/claims/:article/:claim/ /articles/:article/claims/#:claim 301',
		],
	},
];

/** Where a moved path now is, or undefined when no rule moved it; the plan says where claims live (see MovedRule.claimHome). */
export function movedTo(path: string, plan: Pick<LibraryPlan, 'claimHome'>): string | undefined {
	for (const rule of MOVED) {
		if (rule.claimHome !== undefined && rule.claimHome !== plan.claimHome) continue;
		const match = rule.from.exec(path);
		if (match) return rule.to(match);
	}
	return undefined;
}
