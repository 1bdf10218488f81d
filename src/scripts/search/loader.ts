/**
 * Pagefind and what it searches, loaded on the reader's first focus or
 * keystroke in a search box, never before: Pagefind's script and the passages
 * index, and the name variants (/search-names.json); the claims index, a
 * bundle of its own, only when claims are asked for (loadClaimIndex). Each is
 * loaded once per page; a failed load is tried again on the next call.
 */
import { BASE } from '../common/enhancements';
import type { PagefindModule } from './pagefind-types';

/** Why search cannot run here; the message is for the reader. */
export class SearchUnavailable extends Error {}

let loaded: Promise<{ pagefind: PagefindModule; names: string[][] }> | undefined;

/** Loads Pagefind with the passages index, and the name variants, once; later calls share the same promise. */
export function loadSearch(): Promise<{ pagefind: PagefindModule; names: string[][] }> {
	loaded ??= (async () => {
		if (import.meta.env.DEV) {
			throw new SearchUnavailable(
				'Search reads the index that `npm run build` writes, so it does not work in the dev server. Run `npm run build`, then `npm run preview`.',
			);
		}
		const names = fetch(`${BASE}search-names.json`)
			.then((r) => (r.ok ? (r.json() as Promise<{ groups: string[][] }>) : { groups: [] }))
			.then((j) => j.groups)
			.catch(() => [] as string[][]);
		let pagefind: PagefindModule;
		try {
			pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
			await pagefind.options({ baseUrl: BASE, excerptLength: 28, ranking: { metaWeights: { title: 5 } } });
			await pagefind.init();
			// Set on the built index, so the pages carry no filter of their own; the claims bundle gets `claim`.
			await pagefind.options({ mergeFilter: { type: 'passage' } });
		} catch {
			throw new SearchUnavailable('The search index could not be loaded. Reload the page to try again.');
		}
		return { pagefind, names: await names };
	})();
	loaded.catch(() => (loaded = undefined));
	return loaded;
}

let claimIndex: Promise<void> | undefined;
let claimIndexReady = false;

/** Once the claims index is in, every search counts claims too, at the cost of a word chunk. */
export const claimIndexLoaded = () => claimIndexReady;

/**
 * Adds the claims index (its own bundle, /pagefind/claims/) once. In a large
 * library its page list alone outweighs the passages index a query reads, so it
 * waits until the reader asks for claims, or a search finds no passage at all.
 * Merged, it shares Pagefind's script and WebAssembly with the passages.
 */
export function loadClaimIndex(): Promise<void> {
	claimIndex ??= (async () => {
		const { pagefind } = await loadSearch();
		try {
			await pagefind.mergeIndex(`${BASE}pagefind/claims/`, {
				baseUrl: BASE,
				excerptLength: 28,
				// A claim page holds its quote's whole paragraph; the quote itself (meta) weighs more.
				ranking: { metaWeights: { title: 5, quote: 3 } },
				mergeFilter: { type: 'claim' },
			});
			claimIndexReady = true;
		} catch {
			throw new SearchUnavailable('The claims index could not be loaded. Reload the page to try again.');
		}
	})();
	claimIndex.catch(() => (claimIndex = undefined));
	return claimIndex;
}
