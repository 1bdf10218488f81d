import { getClaimGraph, type ClaimGraph } from '../graph';
import { makeUrls, type Urls } from '../shared/urls';

let made: { graph: ClaimGraph; urls: Urls } | undefined;

/** The URLs of the build's graph, made once per read of the content (the dev server reads it again on a change, perhaps with a new plan). */
function current(): Urls {
	const graph = getClaimGraph();
	if (made?.graph !== graph) made = { graph, urls: makeUrls(import.meta.env.BASE_URL, graph.plan) };
	return made.urls;
}

/**
 * The pages' URLs under the configured base path. The graph's plan decides
 * where a claim lives, so each URL is made when it is asked for, from the
 * build state the articles loader left: importing this module needs no graph.
 */
export const urls: Urls = new Proxy({} as Urls, { get: (_, name) => Reflect.get(current(), name) });

/** `href('about/')` → `/about/`, or under the configured base path. */
export const href = (path?: string): string => current().path(path);
