import type { APIRoute } from 'astro';
import { getClaimGraph, getEntityIndex } from '../graph';
import { entitiesToJson } from '../exports/entities-json';
import { urls } from '../site/site';

/** `/entities.json`: every entity and each of its mentions, as open data. */
export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(entitiesToJson(getEntityIndex(), getClaimGraph(), urls), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
