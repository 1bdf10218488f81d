import type { ClaimGraph } from './types';

export type { ClaimGraph, ClaimNode } from './types';

/**
 * Stage 3 of the pipeline, as the pages see it: the claim graph of this build,
 * built once by the articles loader (src/loaders/articles-loader.ts) from the
 * entries it validated, and built again only when the dev server's watcher
 * sees a content file change.
 *
 * Held on the global object, not in this module: Astro loads this file twice
 * in one process (once with the config, for the loader; once inside the
 * bundle it renders pages from), and both must see the one graph.
 */
const SLOT = Symbol.for('un-csto-companion.claim-graph');
const holder = globalThis as typeof globalThis & { [SLOT]?: ClaimGraph | Error };

/** Called by the loader with the graph, or with the content error that stopped it (shown by the dev server). */
export function setClaimGraph(graph: ClaimGraph | Error): void {
	holder[SLOT] = graph;
}

/** The checked claim graph. Throws the content's own error when the last read of it failed. */
export function getClaimGraph(): ClaimGraph {
	const graph = holder[SLOT];
	if (graph instanceof Error) throw graph;
	if (graph === undefined) {
		throw new Error(
			'The claim graph is built by the articles loader (src/content.config.ts), which has not run: read it inside an Astro build or dev server, or call readContentGraph() from src/loaders/read-content.ts.',
		);
	}
	return graph;
}
