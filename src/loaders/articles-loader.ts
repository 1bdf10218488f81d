import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, parseWithFriendlyErrors, type Problem } from '../lib/errors';
import { ArticleSchema } from '../schemas/article';

export interface ArticlesLoaderOptions {
	/** Folder of the article files, relative to the project root. */
	base: string;
	/** Runs once after every article is loaded: the cross-article checks. */
	afterLoad?: (context: LoaderContext) => void | Promise<void>;
}

/**
 * Astro's glob loader, with two things it does not do: every schema failure
 * becomes one ContentError naming the file and field, and two files claiming
 * one id stop the load instead of one silently replacing the other.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	const inner = glob({ base: options.base, pattern: '**/[^_]*.md' });
	return {
		name: 'articles-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const seen = new Map<string, string>();
			await inner.load({
				...context,
				parseData: async (props) => {
					const file = relative(root, props.filePath ?? props.id);
					const first = seen.get(props.id);
					if (first !== undefined && first !== file) throw duplicateId(props.id, first, file);
					seen.set(props.id, file);
					parseWithFriendlyErrors(ArticleSchema, props.data, file);
					return context.parseData(props);
				},
			});
			await options.afterLoad?.(context);
		},
	};
}

function duplicateId(id: string, first: string, second: string): ContentError {
	const problem: Problem = {
		file: second,
		at: 'slug',
		expected: `an article id used by one file only`,
		found: `"${id}", already the id of ${first}`,
		hint: 'an article id is its file name, lower-cased, with spaces as hyphens: rename one of the files',
	};
	return new ContentError([problem]);
}
