import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild, requireSite } from './after-build';
import { buildXml } from '../exports/xml';
import { publicUrls } from './permalinks';

/**
 * `/sitemap.xml` (sitemaps.org 0.9), written from the pages the build wrote: every HTML page
 * but the 404 and the offline page (what the service worker answers for a page not saved, which no
 * reader opens by a link), as absolute URLs under the site's URL and base path; no anchors, no data files.
 * What is built is what is listed, at every library size, with no list of routes to keep in
 * step with the pages. Runs before the permalink check, which keeps /sitemap.xml too.
 * (@astrojs/sitemap would write sitemap-index.xml and sitemap-0.xml instead.)
 */
export function sitemapIntegration(): AstroIntegration {
	return afterBuild('companion:sitemap', ({ out, base, site: configured, logger }) => {
		const site = requireSite(configured, 'the sitemap');
		const pages = publicUrls(out).filter((u) => u.endsWith('/') && u !== '/offline/');
		const locs = pages.map((p) => new URL(base.slice(0, -1) + p, site).href).sort();
		const xml = buildXml({
			'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
			urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: locs.map((loc) => ({ loc })) },
		});
		writeFileSync(join(out, 'sitemap.xml'), xml);
		logger.info(`listed ${locs.length} pages in sitemap.xml`);
	});
}
