import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles-loader';
import { ArticleSchema } from './schemas/article';

/**
 * Stage 1 of the pipeline: Markdown + frontmatter → validated entries, read
 * once by the loader. The schema is here for the entries' types; the loader
 * has already validated each one with it, with the site's own messages.
 * The folder can be swapped (tests build fixture sites) with CONTENT_DIR.
 */
export const collections = {
	articles: defineCollection({
		loader: articlesLoader({ base: process.env.CONTENT_DIR ?? './content' }),
		schema: ArticleSchema,
	}),
};
