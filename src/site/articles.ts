import { getCollection, type CollectionEntry } from 'astro:content';
import { getClaimGraph } from '../graph';
import { toArticleId, type ArticleId } from '../shared/ids';
import { urls } from './site';

export type Article = CollectionEntry<'articles'>;

/** Every article, in the claim graph's order (oldest first). */
export async function getArticles(): Promise<Article[]> {
	const position = new Map(getClaimGraph().articles.map((a, i) => [a.id as string, i]));
	const all = await getCollection('articles');
	return all.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export function articleId(article: Article): ArticleId {
	return toArticleId(article.id);
}

export function articleUrl(id: string): string {
	return urls.article(id);
}

/**
 * Past this many articles the pages that list every analysis (home, About, 404) list them one
 * line each, or not at all: at 1,000 articles the home page's cards were 587 KB, About's slips 383 KB.
 */
export const CARDS_MAX = 30;

/**
 * The library's analyses in a sentence. `phrase` names the authors ("Roger McDermott and Stephen
 * Blank") or, past CARDS_MAX, counts them ("the 1,000 analyses": every author's name made each
 * claims list page 18 KB longer at 1,000); `all` counts them ("the two analyses", "the 3 analyses").
 */
export function analysesBy(authors: readonly string[]): { phrase: string; all: string } {
	const all = authors.length === 2 ? 'the two analyses' : `the ${authors.length.toLocaleString('en')} analyses`;
	return { phrase: authors.length > CARDS_MAX ? all : authors.join(' and '), all };
}

/** Past this many articles a claim has no page of its own but a section of its article's claims page (why: its doc comment). */
export { CLAIM_PAGES_MAX } from '../shared/urls';
