import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { claimsToJson } from '../graph/to-json';
import { urls } from '../site/site';

/** `/claims.json`: every article, claim and declared relation, for tools and the claim previews. */
export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(claimsToJson(getClaimGraph(), urls), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
