import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { getClaimGraph } from '../graph';
import { articleIdFromFile } from '../graph/read-content';

export interface ArticlesLoaderOptions {
	/** Folder of the article files, relative to the project root. */
	base: string;
}

/**
 * Astro's glob loader, after the claim graph is built. Building the graph
 * validates every article with friendly errors, refuses two files with one
 * id, and checks every claim and relation, so nothing reaches Astro's
 * renderer that the claim plugin could not place.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	const inner = glob({
		base: options.base,
		pattern: '[^_]*.md',
		generateId: ({ entry }) => articleIdFromFile(entry),
	});
	return {
		name: 'articles-loader',
		load: async (context) => {
			getClaimGraph(fileURLToPath(context.config.root));
			await inner.load(context);
		},
	};
}
