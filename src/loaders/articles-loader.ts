import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setBuildState } from '../graph';
import { readChronology, readEntityIndex } from './read-entities';
import { readContentGraph } from './read-content';

export interface ArticlesLoaderOptions {
	/** The content folder (articles/ and topics.yaml inside it), relative to the project root. */
	base: string;
}

/**
 * The articles collection, read once: every file is read and validated, the
 * claim graph is built and checked from what was read, and each article is
 * rendered (the claim plugin reads the graph) and stored for the pages.
 * Nothing reaches the renderer that the claim plugin could not place, and a
 * build never reads a content file twice.
 *
 * In the dev server the watcher reads everything again on any change to the
 * folder: an article's notes show relations from other articles, so one
 * edited file can change every page.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	return {
		name: 'articles-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, options.base);
			await loadAll(context, dir, root);
			const watcher = context.watcher;
			if (!watcher) return;
			watcher.add(dir);
			// One reload at a time, in the order of the changes: a save that touches two files
			// must not let the older read finish last and store the stale graph.
			let reloading = Promise.resolve();
			const onChange = (path: string) => {
				const inside = relative(dir, path);
				if (inside.startsWith('..') || isAbsolute(inside) || !/\.(md|ya?ml)$/.test(path)) return;
				reloading = reloading.then(() => loadAll(context, dir, root)).catch((error: unknown) => context.logger.error(String(error)));
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', onChange);
		},
	};
}

async function loadAll(context: LoaderContext, dir: string, root: string): Promise<void> {
	let graph;
	try {
		graph = readContentGraph(dir, root);
		const entities = readEntityIndex(dir, root, graph);
		setBuildState({ graph, entities, chronology: readChronology(dir, root, graph, entities) });
	} catch (error) {
		// The pages throw it too, so the dev server shows the content error, not a stale page.
		setBuildState(error instanceof Error ? error : new Error(String(error)));
		throw error;
	}
	const entries = [];
	for (const article of graph.articles) {
		const rendered = await context.renderMarkdown(article.body, { fileURL: pathToFileURL(join(root, article.file)) });
		entries.push({ id: article.id, data: article.data, body: article.body, filePath: article.file, rendered });
	}
	context.store.clear();
	for (const entry of entries) context.store.set(entry);
}
