import type { APIRoute } from 'astro';
import { contentDir } from '../loaders/read-content';
import { readNames } from '../loaders/read-names';
import type { NamesJson } from '../schemas/names';

/**
 * `/search-names.json`: the search spellings of each entity in content/entities.yaml, for
 * the search client to expand queries with. Validated at build; a malformed
 * file stops the build with a message naming the entry.
 */
export const prerender = true;

export const GET: APIRoute = () => {
	const body: NamesJson = { groups: readNames(contentDir()).map((g) => g.variants) };
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
