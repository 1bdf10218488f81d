import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader';
import { ArticleSchema } from './schemas/article';

/**
 * Stage 1 of the pipeline: Markdown + frontmatter → validated entries.
 * The folder can be swapped (tests build fixture sites) with CONTENT_DIR.
 */
const base = process.env.CONTENT_DIR ?? './content';

export const collections = {
	articles: defineCollection({
		loader: articlesLoader({ base: `${base}/articles` }),
		schema: ArticleSchema,
	}),
};
