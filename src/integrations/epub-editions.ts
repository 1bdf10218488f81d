import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild, requireSite } from './after-build';
import { epubEdition, epubPath } from '../epub/edition';
import { getClaimGraph } from '../graph';
import { articleItem } from '../exports/cite-items';
import { lastChanged } from '../build/content-dates';
import { SITE_NAME } from '../shared/site-name';
import { makeUrls } from '../shared/urls';

/**
 * Writes an EPUB 3 edition of every article into the built site
 * (`epub/<id>.epub`, linked from its reading page). Runs before the
 * permalink check, which records them. See docs/offline-and-epub.md.
 */
export function epubEditionsIntegration(): AstroIntegration {
	return afterBuild('companion:epub-editions', async ({ out, base, site: configured, logger }) => {
		const site = requireSite(configured, 'the EPUB editions');
		const graph = getClaimGraph();
		const urls = makeUrls(base, graph.plan);
		await mkdir(join(out, 'epub'), { recursive: true });
		for (const article of graph.articles) {
			const bytes = await epubEdition({
				article,
				item: articleItem(graph, article.id, site, urls),
				pageUrl: new URL(urls.article(article.id), site).href,
				siteName: SITE_NAME,
				// When our copy of the text last changed, to the second: a rebuild of the same text keeps the same bytes.
				modified: new Date(Math.floor(lastChanged(article.file).getTime() / 1000) * 1000),
			});
			await writeFile(join(out, epubPath(article.id)), bytes);
		}
		logger.info(`wrote ${graph.articles.length} EPUB editions`);
	});
}
