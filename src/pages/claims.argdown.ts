import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { toArgdown } from '../exports/argdown';

/** `/claims.argdown`: every claim and relation in Argdown (src/exports/argdown.ts). */
export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(toArgdown(getClaimGraph(), site?.href ?? ''), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
