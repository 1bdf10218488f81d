import { resolve } from 'node:path';
import { buildClaimGraph } from './build';
import { contentStamp, readArticles, readTopics } from './read-content';
import type { ClaimGraph } from './types';

export type { ClaimGraph, ClaimNode, Link } from './types';

/** The content folder: `./content`, or CONTENT_DIR for the test fixture sites. */
export function contentDir(root = process.cwd()): string {
	return resolve(root, process.env.CONTENT_DIR ?? './content');
}

interface Cached {
	dir: string;
	stamp: string;
	checkedAt: number;
	graph: ClaimGraph;
}

/**
 * Held on the global object, not in this module: Astro loads this file twice
 * in one build (once with the config, for the content loader; once inside the
 * bundle it renders pages from), and each copy building its own graph doubled
 * the graph's cost.
 */
const SLOT = Symbol.for('un-csto-companion.claim-graph');
const FROZEN = Symbol.for('un-csto-companion.claim-graph-frozen');
const holder = globalThis as typeof globalThis & { [SLOT]?: Cached; [FROZEN]?: boolean };

/**
 * In `astro build` the content cannot change under the build: once built, the
 * graph is never checked against the files again (src/integrations/claim-graph.ts
 * calls this). The dev server keeps checking, so an edit shows on reload.
 */
export function freezeClaimGraph(): void {
	holder[FROZEN] = true;
}

/**
 * In the dev server, how long a look at the content files stays good. Every
 * page asks for the graph several times; an edit comes far later than this
 * after the last page rendered, so it is always seen.
 */
const RECHECK_MS = 100;

/**
 * The claim graph of the content folder, built once and reused until a file
 * changes: the loader checks it before Astro renders anything, the claim
 * plugin and the pages read it.
 */
export function getClaimGraph(root = process.cwd()): ClaimGraph {
	const dir = contentDir(root);
	const now = performance.now();
	let cached = holder[SLOT];
	if (cached?.dir === dir && (holder[FROZEN] || now - cached.checkedAt < RECHECK_MS)) return cached.graph;
	const stamp = contentStamp(dir);
	if (cached?.dir !== dir || cached.stamp !== stamp) {
		const articles = readArticles(dir, root);
		const { topics, file } = readTopics(dir, root);
		cached = { dir, stamp, checkedAt: now, graph: buildClaimGraph(articles, topics, file) };
		holder[SLOT] = cached;
	}
	cached.checkedAt = performance.now();
	return cached.graph;
}
