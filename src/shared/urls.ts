import type { ClaimRef } from './ids';

/**
 * Every public URL of the site, in one place. These paths are permanent:
 * readers cite them. `base` is the deployment's base path (`/` or `/companion/`).
 */
export function makeUrls(base: string) {
	const root = base.replace(/\/?$/, '/');
	const split = (ref: ClaimRef) => ref.split('/') as [string, string];
	return {
		/** Any site path under the base: `path('about/')`. */
		path: (p = '') => root + p.replace(/^\//, ''),
		article: (article: string) => `${root}articles/${article}/`,
		/** The claim's mark in its reading page. */
		claimMark: (ref: ClaimRef) => {
			const [article, claim] = split(ref);
			return `${root}articles/${article}/#claim-${claim}`;
		},
		/** The claim's own page: the permalink a reader cites. */
		claimPage: (ref: ClaimRef) => {
			const [article, claim] = split(ref);
			return `${root}claims/${article}/${claim}/`;
		},
		claimsIndex: () => `${root}claims/`,
		/** The claims index narrowed to one kind. */
		claimsKind: (kind: string) => `${root}claims/kind/${kind}/`,
		/** The claims index narrowed to who speaks: the authors' own, or the sources they relay. */
		claimsSaid: (said: 'author' | 'reported') => `${root}claims/said/${said}/`,
		topic: (topic: string) => `${root}claims/#topic-${topic}`,
		compare: () => `${root}compare/`,
	};
}

export type Urls = ReturnType<typeof makeUrls>;
