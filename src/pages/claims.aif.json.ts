import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { toAif } from '../exports/aif';
import { LOCAL_SITE } from '../shared/site-url';
import { urls } from '../site/site';

/** `/claims.aif.json`: every claim, who asserts it and every relation in the Argument Interchange Format (src/exports/aif.ts), unindented: a quarter of its bytes was indentation. */
export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(toAif(getClaimGraph(), site?.href ?? `${LOCAL_SITE}/`, urls))}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
