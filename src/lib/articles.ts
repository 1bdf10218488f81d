import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleId } from './ids';
import { urls } from './site';

export type Article = CollectionEntry<'articles'>;

/** Every article, oldest first; ties by title so the order never depends on the file system. */
export async function getArticles(): Promise<Article[]> {
	const all = await getCollection('articles');
	return all.sort(
		(a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.data.title.localeCompare(b.data.title),
	);
}

export function articleId(article: Article): ArticleId {
	return article.id as ArticleId;
}

export function articleUrl(id: string): string {
	return urls.article(id);
}
