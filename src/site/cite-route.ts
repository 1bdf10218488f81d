import { urls } from './site';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaimGraph } from '../graph';
import { DOWNLOADS, downloadKeys, downloadText, type DownloadExt } from '../exports/cite-items';

/**
 * Citation downloads in the dev server: `/cite/<article>.<ext>` (the article)
 * and `/cite/<article>.claims.<ext>` (its claims), one route file per extension
 * (src/pages/cite/): with the extension in the file name, the route is a
 * file, not a page that wants a trailing slash. A build writes the same files
 * directly (src/integrations/citation-downloads.ts), without Astro's cost per page.
 */
export function citeRoute(ext: DownloadExt): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
	return {
		getStaticPaths: () => (import.meta.env.DEV ? downloadKeys(getClaimGraph()).map((key) => ({ params: { key } })) : []),
		GET: ({ params, site }) => {
			if (!site) throw new Error('citations need an absolute site URL: set SITE');
			const type = DOWNLOADS.find((d) => d.ext === ext)?.type ?? 'text/plain';
			return new Response(downloadText(getClaimGraph(), params.key ?? '', ext, site, urls), {
				headers: { 'Content-Type': `${type}; charset=utf-8` },
			});
		},
	};
}
