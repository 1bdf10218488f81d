/**
 * The elements the Markdown plugins add inside an article's text, by class.
 * Dependency-free, because both the build (quote matching, Pagefind) and the
 * browser (src/scripts/search/highlight.entry.ts) read it.
 */

/** Paragraph number, [sic] mark, heading link, the claims' margin notes: not the author's words, so quotes are matched around them. */
export const ADDED_TO_TEXT = ['pnum', 'sic-mark', 'anchor', 'claim-notes', 'claim-note'] as const;

/**
 * What search skips, in the index and when highlighting: the above and the
 * claim folds (the claim pages are indexed instead). Given to Pagefind as
 * `excludeSelectors` rather than written on each element as
 * `data-pagefind-ignore`, which would cost the reading page bytes of its
 * compressed budget.
 */
export const SEARCH_EXCLUDED = [...ADDED_TO_TEXT, 'claim-fold'].map((c) => `.${c}`);
