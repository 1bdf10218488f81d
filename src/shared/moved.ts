import { KEBAB } from './kebab';

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
}

export const MOVED: readonly MovedRule[] = [
	{
		why: 'one citation download per article, each claim inside, instead of one per claim and format',
		from: new RegExp(`^/cite/(${KEBAB})/${KEBAB}\\.(bib|ris|json)$`),
		to: (m) => `/cite/${m[1]}.${m[2]}`,
	},
];

/** Where a moved path now is, or undefined when no rule moved it. */
export function movedTo(path: string): string | undefined {
	for (const rule of MOVED) {
		const match = rule.from.exec(path);
		if (match) return rule.to(match);
	}
	return undefined;
}
