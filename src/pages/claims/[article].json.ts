import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaimGraph } from '../../graph';
import { claimsToJson, type ClaimsJson } from '../../exports/claims-json';
import type { ClaimGraph } from '../../graph/types';
import { urls } from '../../site/site';

/**
 * `/claims/<article>.json`: one article's part of `/claims.json`, in the same
 * shape (the article, its claims, the relations they declare). The claim
 * previews read these, fetching only the article a hovered link points into:
 * in a large library `/claims.json` weighs megabytes. Unindented, as
 * `/claims.json`.
 */
export const prerender = true;

export const getStaticPaths = (() =>
	getClaimGraph().articles.map((a) => ({ params: { article: a.id as string } }))) satisfies GetStaticPaths;

// Split once per claim graph, not once per article: each article would rebuild the whole list again.
const parts = new WeakMap<ClaimGraph, Map<string, ClaimsJson>>();

function partsOf(graph: ClaimGraph): Map<string, ClaimsJson> {
	let byArticle = parts.get(graph);
	if (byArticle) return byArticle;
	const whole = claimsToJson(graph, urls);
	byArticle = new Map(
		whole.articles.map((a) => [a.id, { articles: [a], claims: [], relations: [], relationTypes: whole.relationTypes } as ClaimsJson]),
	);
	for (const c of whole.claims) byArticle.get(c.article)?.claims.push(c);
	for (const r of whole.relations) byArticle.get(r.from.slice(0, r.from.indexOf('/')))?.relations.push(r);
	parts.set(graph, byArticle);
	return byArticle;
}

export const GET: APIRoute = ({ params }) => {
	const part = partsOf(getClaimGraph()).get(params.article ?? '');
	if (!part) throw new Error(`/claims/${params.article}.json: no article "${params.article}" in the claim graph`);
	return new Response(`${JSON.stringify(part)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
