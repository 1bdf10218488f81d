import type { APIRoute } from 'astro';
import { getChronology } from '../graph';
import { eventsToJson } from '../exports/entities-json';
import { urls } from '../site/site';

/** `/events.json`: both texts' events, dated, relative and undated, as open data. */
export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(eventsToJson(getChronology(), urls), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
