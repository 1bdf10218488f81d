import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { claimsToJson } from '../exports/claims-json';
import { urls } from '../site/site';

/** `/claims.json`: every article, claim and declared relation, for tools and the claim previews; unindented, as tools read it (indentation was a fifth of its bytes). */
export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(claimsToJson(getClaimGraph(), urls))}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
