import type { ClaimGraph } from '../graph';
import { CARDS_MAX } from './articles';

/**
 * Whether every page links the boot script (src/scripts/boot.ts) as one file
 * instead of carrying it inline (src/site/boot-script.ts). Inline saves the
 * two-article site a request on every page; in a large library (more than
 * CARDS_MAX articles) the same 3.4 KB in each of some 7,000 pages was 23 MB of
 * a 1,000-article build, where one cached file costs a reader one request.
 * Linked as a classic script in the head, it still runs before first paint;
 * the CSP's script-src 'self' allows it.
 */
export const sharedBoot = (graph: ClaimGraph): boolean => graph.articles.length > CARDS_MAX;
