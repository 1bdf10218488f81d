/**
 * The performance budgets, in one place so the bench and any test read the
 * same numbers. `npm run bench` exits non-zero when one is broken.
 */
export const BUDGETS = {
	/** The reading page, everything a browser transfers for it (compressed, headers included), in bytes. */
	readingPageBytes: 12 * 1024,
	/**
	 * Scripts that may run on the reading page before the reader does anything:
	 * one, src/scripts/common/boot.entry.ts. Issue 6 asks for none, but issue 2 asks for a
	 * remembered theme without a flash (only a script before first paint can
	 * read the choice) and issue 4 for the "/" and Ctrl+K shortcuts (a listener
	 * must be there before the key). src/scripts/common/boot.entry.ts does those two things and loads
	 * everything else on first use.
	 */
	readingPageScriptsBeforeInput: 1,
	/** What a first visit of the real site fetches in the background for offline reading (the service worker's precache), on the wire. */
	offlinePrecacheBytes: 2 * 1024 * 1024,
	/** Lighthouse mobile score required in every category on every page type. */
	lighthouseMinScore: 100,
	/** Median milliseconds from keystroke to results, warm (Pagefind loaded). */
	warmSearchMs: 50,
	/** Median milliseconds from keystroke to results for a fresh page's first query, at `largeCorpusArticles` articles. */
	largeColdSearchMs: 250,
	/** Median milliseconds from the keystroke completing a misspelt query to its did-you-mean suggestion, warm. */
	suggestionMs: 100,
	/** Vocabulary bytes on the wire that one misspelt query may fetch for its suggestion. */
	suggestionVocabularyBytes: 30 * 1024,
	/** The corpus size whose build must fit `largeBuildSeconds`. */
	largeCorpusArticles: 1000,
	/** Wall seconds for the build of `largeCorpusArticles` synthetic articles on the 2-core machine (issue 18: 90, from 180). */
	largeBuildSeconds: 90,
	/** Files in the built site of `largeCorpusArticles` articles: what a free static host (Cloudflare Pages) may hold. */
	largeDistFiles: 20_000,
	/** Bytes of the built site of `largeCorpusArticles` articles, uncompressed on disk: the free host's 1 GB in all. */
	largeDistBytes: 1000 * 1000 * 1000,
	/** The largest single file of any build: the free host refuses a file over 25 MiB. */
	fileBytes: 25 * 1024 * 1024,
	/** The largest HTML page of any build, uncompressed: what a reader's browser opens quickly. */
	pageBytes: 200 * 1024,
	/**
	 * "Growing linearly": the build cost of one more article between the two
	 * largest corpora may be at most this many times the cost of one more
	 * article between the two smallest (1 = perfectly linear; some slack for
	 * noise on a shared machine).
	 */
	maxMarginalCostRatio: 1.5,
	/** Pagefind bytes of a first query at `largeCorpusArticles` articles, at most this many times those on the real site. */
	maxSearchBytesRatio: 2,
} as const;
