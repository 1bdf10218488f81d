import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What a step after the build is given. */
export interface BuildDone {
	/** The finished build's folder on disk. */
	out: string;
	/** The site's base path, always ending in "/": "/" or "/companion/". */
	base: string;
	/** The site's URL as configured (SITE), if any. */
	site: string | undefined;
	logger: AstroIntegrationLogger;
}

/**
 * An integration that writes or checks files once the pages are built:
 * `afterBuild('companion:sitemap', ({ out, base, site }) => …)` → an AstroIntegration.
 * The site's URL and base path are seen only by `astro:config:done`, so every
 * such step would otherwise keep its own copy of them.
 */
export function afterBuild(name: string, done: (build: BuildDone) => void | Promise<void>): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name,
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => done({ out: fileURLToPath(dir), base, site, logger }),
		},
	};
}

/** The site's URL, for a step that writes absolute links; `what` (plural: "the EPUB editions") names the step in the error. */
export function requireSite(site: string | undefined, what: string): URL {
	if (!site) throw new Error(`${what} need an absolute site URL: set SITE`);
	return new URL(site);
}
