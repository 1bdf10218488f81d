import { resolve } from 'node:path';
import { buildClaimGraph } from './build';
import { contentStamp, readArticles, readTopics } from './read-content';
import type { ClaimGraph } from './types';

export type { ClaimGraph, ClaimNode, Link } from './types';

/** The content folder: `./content`, or CONTENT_DIR for the test fixture sites. */
export function contentDir(root = process.cwd()): string {
	return resolve(root, process.env.CONTENT_DIR ?? './content');
}

let cached: { stamp: string; graph: ClaimGraph } | undefined;

/**
 * The claim graph of the content folder, built once and reused until a file
 * changes: the loader checks it before Astro renders anything, the claim
 * plugin and the pages read it.
 */
export function getClaimGraph(root = process.cwd()): ClaimGraph {
	const dir = contentDir(root);
	const stamp = contentStamp(dir);
	if (cached?.stamp !== stamp) {
		const articles = readArticles(dir, root);
		const { topics, file } = readTopics(dir, root);
		cached = { stamp, graph: buildClaimGraph(articles, topics, file) };
	}
	return cached.graph;
}
