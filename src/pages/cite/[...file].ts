import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaimGraph } from '../../graph';
import { DOWNLOADS, downloadKeys, downloadText, type DownloadExt } from '../../lib/cite-items';

/**
 * Citation downloads in the dev server: `/cite/<article>.bib|ris|json` and
 * `/cite/<article>/<claim>.bib|ris|json`. A build writes the same files
 * directly (src/integrations/citation-downloads.ts): as pages, their three
 * per claim cost a large build more than the claim pages themselves.
 */
export const getStaticPaths = (() => {
	if (!import.meta.env.DEV) return [];
	return downloadKeys(getClaimGraph()).flatMap((key) => DOWNLOADS.map(({ ext }) => ({ params: { file: `${key}.${ext}` }, props: { key, ext } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { key, ext } = props as { key: string; ext: DownloadExt };
	if (!site) throw new Error('citations need an absolute site URL: set SITE');
	const type = DOWNLOADS.find((d) => d.ext === ext)?.type ?? 'text/plain';
	return new Response(downloadText(getClaimGraph(), key, ext, site), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
