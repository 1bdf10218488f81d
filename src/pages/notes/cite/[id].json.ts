import type { APIRoute } from 'astro';
import { pinpointCitations } from '../../../cite/pinpoint';
import { getClaimGraph } from '../../../graph';
import { articleLabels } from '../../../graph/order';
import { articleItem } from '../../../exports/cite-items';
import { urls } from '../../../site/site';

/**
 * `/notes/cite/<article>.json`: the article's citations with stand-ins for a
 * passage's paragraphs (src/cite/pinpoint.ts), fetched when a reader presses
 * Cite or opens their notes. Shape: `{ article, label, title, url, styles:
 * [{ label, one, range, entry, accessed? }], bibtex, ris, csl, note? }`.
 */
export const prerender = true;

export function getStaticPaths() {
	return getClaimGraph().articles.map((article) => ({ params: { id: article.id } }));
}

export const GET: APIRoute = ({ params, site }) => {
	const graph = getClaimGraph();
	const article = graph.articles.find((a) => a.id === params.id);
	if (!article || !site) throw new Error(`notes/cite: no article "${params.id}" or no site configured`);
	const item = articleItem(graph, article.id, site, urls);
	const body = {
		article: article.id,
		label: articleLabels(graph).get(article.id) ?? article.id,
		title: article.data.title,
		url: new URL(urls.article(article.id), site).href,
		...pinpointCitations(item),
		...(item.custom.caveat ? { note: item.custom.caveat } : {}),
	};
	return new Response(`${JSON.stringify(body)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
