import type { AstroIntegration } from 'astro';
import { LOCAL_SITE } from '../shared/site-url';

/** The one line a build without SITE prints: what it means and how to set it. */
export const NO_SITE_WARNING = `SITE is not set: permalinks, citations, downloads, feed and sitemap name ${LOCAL_SITE}. For a deployment, build with SITE=https://your.host (npm start and the tests need no SITE).`;

/**
 * Says, once per build, that SITE is missing. A warning rather than a
 * refusal: `npm start` and the test suite build without SITE on purpose, to
 * preview on this machine; a deploy script sets it.
 */
export function siteUrlIntegration(configured: boolean): AstroIntegration {
	return {
		name: 'companion:site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!configured) logger.warn(NO_SITE_WARNING);
			},
		},
	};
}
