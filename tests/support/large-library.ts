import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus.ts';

/**
 * Writes the library of 50 generated articles that `npm run test:large` builds and serves
 * (tests/playwright.large.config.ts): past CLAIM_PAGES_MAX, so its claims are grouped by article.
 * The same seed every time: the same claims, so a failure can be looked at again.
 */
export const LARGE_LIBRARY = join(import.meta.dirname, '..', '.tmp', 'corpus-large');
export const LARGE_ARTICLES = 50;

if (import.meta.main) {
	rmSync(LARGE_LIBRARY, { recursive: true, force: true });
	const corpus = generateCorpus({ articles: LARGE_ARTICLES, dir: LARGE_LIBRARY });
	console.log(`a library of ${LARGE_ARTICLES} articles, ${corpus.claims} claims, in ${corpus.dir}`);
}
