import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild, requireSite } from './after-build';
import { getClaimGraph } from '../graph';
import { DOWNLOADS, downloadKeys, downloadPath, downloadText } from '../exports/cite-items';
import { makeUrls } from '../shared/urls';

/**
 * Writes the citation downloads of every article (BibTeX, RIS, CSL-JSON: the
 * article alone, and its claims in a file of their own) into the built site, at the paths
 * src/pages/cite/ serves in the dev server. Written here rather than rendered
 * as pages, without Astro's cost per page. Runs before the permalink check,
 * which reads them.
 */
export function citationDownloadsIntegration(): AstroIntegration {
	return afterBuild('companion:citation-downloads', async ({ out, base, site: configured, logger }) => {
		const site = requireSite(configured, 'the citation downloads');
		const graph = getClaimGraph();
		const urls = makeUrls(base, graph.plan);
		const files = downloadKeys(graph).flatMap((key) => DOWNLOADS.map(({ ext }) => ({ path: join(out, downloadPath(key, ext)), ext, key })));
		for (const folder of new Set(files.map((f) => dirname(f.path)))) await mkdir(folder, { recursive: true });
		// A few writes in flight at a time: one by one, a large build waits on the disk.
		const BATCH = 64;
		for (let i = 0; i < files.length; i += BATCH) {
			await Promise.all(files.slice(i, i + BATCH).map((f) => writeFile(f.path, downloadText(graph, f.key, f.ext, site, urls))));
		}
		logger.info(`wrote ${files.length} citation files`);
	});
}
