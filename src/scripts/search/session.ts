/**
 * One search controller, shared by the header box (dropdown.entry.ts) and the
 * search page (page.entry.ts): each runs its searches through a session, and
 * draws what the session hands it in its own way (a SearchView).
 *
 * - The race: every search has a number, and what arrives for a search after
 *   a newer one has started (its results, its failure, its did-you-mean) is
 *   dropped, so a slow earlier query never overwrites a later one's results.
 * - The error path: a failed search is told in words for the reader
 *   (problemText), and the suggestions go with the results they were for.
 * - The suggestions: "Did you mean" is worked out once the results are shown,
 *   from the results the reader sees (SearchView.hitsOf).
 * - The words both summaries use (countText, claimTally, alsoSpelled).
 */
import { plural } from '../../shared/plural';
import { HIGHLIGHT_PARAM } from '../common/enhancements';
import { runSearch, type Outcome, type SearchOptions } from './engine';
import type { Hit } from './hits';
import { loadSearch, SearchUnavailable } from './loader';
import { fetchPart, suggest, wordsFound, type PartLoader, type Suggestion } from './suggest';

/** What a search box shows; the session calls it only for the latest search. */
export interface SearchView {
	/** The results; `asked` is the query as the reader typed it, trimmed (the outcome's is the one searched, capped). */
	show(outcome: Outcome, asked: string): void;
	/** The search failed: why, in words for the reader. */
	fail(message: string): void;
	/** The query is empty: nothing to show. */
	clear(): void;
	/** "Did you mean" for the results shown; none hides the line. */
	suggest(suggestions: Suggestion[]): void;
	/** The results the suggestions are weighed against: those the reader is shown, before any filter. */
	hitsOf(outcome: Outcome): readonly Hit[];
}

/** Where a session's results and spellings come from: the site's search, or a test's. */
export interface SearchSources {
	search(query: string, options: SearchOptions): Promise<Outcome>;
	/** The names spelled more than one way (/search-names.json). */
	names(): Promise<readonly (readonly string[])[]>;
	/** A part of the vocabulary the build wrote, by word length. */
	part: PartLoader;
}

const SITE: SearchSources = { search: runSearch, names: async () => (await loadSearch()).names, part: fetchPart };

/** Runs `query` (as typed) with `options`; settles once its answer is shown or dropped. */
export type Session = (query: string, options?: SearchOptions) => Promise<void>;

export function createSearchSession(view: SearchView, sources: SearchSources = SITE): Session {
	let latest = 0;
	return async (query, options = {}) => {
		const ticket = ++latest;
		const current = () => ticket === latest;
		const asked = query.trim();
		if (!asked) {
			view.suggest([]);
			view.clear();
			return;
		}
		let outcome: Outcome;
		try {
			outcome = await sources.search(query, options);
			if (!current()) return;
			view.show(outcome, asked);
		} catch (error) {
			if (!current()) return;
			view.suggest([]);
			view.fail(problemText(error));
			if (!(error instanceof SearchUnavailable)) console.error(error);
			return;
		}
		// Vocabulary is fetched only for a word the results do not hold, or when they are few.
		const hits = view.hitsOf(outcome);
		const known = wordsFound(
			hits.map((h) => h.href),
			HIGHLIGHT_PARAM,
		);
		try {
			const suggestions = await suggest(outcome.query, hits.length, await sources.names(), sources.part, known);
			if (current()) view.suggest(suggestions);
		} catch (error) {
			// The results stay: a suggestion is a help, not the answer.
			console.error(error);
		}
	};
}

/** What the reader is told when a search fails: why search cannot run here, or that it failed. */
export function problemText(error: unknown): string {
	return error instanceof SearchUnavailable ? error.message : 'Search failed. Reload the page to try again.';
}

/** “12 results for “bakiev”” — the words a screen reader hears. */
export function countText(n: number, query: string, where: string): string {
	return `${plural(n, 'result')} for “${query}”${where ? ` ${where}` : ''}`;
}

/** How many claims match, as a reader reads it: "12", or "12+" in a large library while more articles' claims are unread. */
export const claimTally = (o: Pick<Outcome, 'claimCount' | 'claimsMore'>): string | undefined =>
	o.claimCount === undefined ? undefined : `${o.claimCount}${o.claimsMore ? '+' : ''}`;

/** “, also spelled Bakiyev” when other spellings of a name in the query were searched too; else nothing. */
export const alsoSpelled = (o: Pick<Outcome, 'alternatives'>): string =>
	o.alternatives.length ? `, also spelled ${o.alternatives.join(', ')}` : '';
