import { getCollection, type CollectionEntry } from 'astro:content';
import { getClaimGraph } from '../graph';
import type { LibraryPlan } from '../shared/library-plan';
import { urls } from './site';

export type Article = CollectionEntry<'articles'>;

/** Every article, in the claim graph's order (oldest first). */
export async function getArticles(): Promise<Article[]> {
	const position = new Map(getClaimGraph().articles.map((a, i) => [a.id as string, i]));
	const all = await getCollection('articles');
	return all.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export function articleUrl(id: string): string {
	return urls.article(id);
}

/**
 * The pages that list the analyses (home, About, 404) list the newest LIST_MAX, with one markup at
 * every size, as the feed does: every card of a 1,000-article library made the home page 587 KB.
 * The timeline lists every analysis.
 */
const LIST_MAX = 30;

/** The newest LIST_MAX of `articles` (oldest first, as given), and how many older ones are left out. */
export function newestListed<T>(articles: readonly T[]): { listed: T[]; left: number } {
	const listed = articles.slice(-LIST_MAX);
	return { listed, left: articles.length - listed.length };
}

/**
 * The library's analyses in a sentence. `phrase` names the authors ("Roger McDermott and Stephen
 * Blank") or, in a library (`plan.authors`), counts them ("the 1,000 analyses": every author's name
 * made each claims list page much longer); `all` counts them ("the two analyses", "the 3 analyses").
 */
export function analysesBy(authors: readonly string[], plan: Pick<LibraryPlan, 'authors'>): { phrase: string; all: string } {
	const all = authors.length === 2 ? 'the two analyses' : `the ${authors.length.toLocaleString('en')} analyses`;
	return { phrase: plan.authors === 'counted' ? all : authors.join(' and '), all };
}
