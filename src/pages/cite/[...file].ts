import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex, toCslJson, toRis, type CslItem } from '../../cite';
import { getClaimGraph } from '../../graph';
import { articleItem, claimItem, DOWNLOADS } from '../../lib/cite-items';

/**
 * Citation downloads, one file per article or claim and format:
 * `/cite/<article>.bib|ris|json` and `/cite/<article>/<claim>.bib|ris|json`.
 */
export const getStaticPaths = (() => {
	const graph = getClaimGraph();
	const keys = [...graph.articles.map((a) => a.id as string), ...graph.claims.map((c) => c.ref as string)];
	return keys.flatMap((key) => DOWNLOADS.map(({ ext }) => ({ params: { file: `${key}.${ext}` }, props: { key, ext } })));
}) satisfies GetStaticPaths;

const SERIALIZE: Record<string, (items: CslItem[]) => string> = { bib: toBibtex, ris: toRis, json: toCslJson };

export const GET: APIRoute = ({ props, site }) => {
	const { key, ext } = props as { key: string; ext: string };
	const graph = getClaimGraph();
	if (!site) throw new Error('citations need an absolute site URL: set SITE');
	const claim = graph.byRef.get(key as never);
	const item = claim ? claimItem(graph, claim, site) : articleItem(graph, key, site);
	const type = DOWNLOADS.find((d) => d.ext === ext)?.type ?? 'text/plain';
	return new Response(SERIALIZE[ext]?.([item]), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
