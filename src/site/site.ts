import { getClaimGraph } from '../graph';
import { makeUrls } from '../shared/urls';

/** Site-wide names, and the URLs under the configured base path. */
export const SITE_NAME = 'UN–CSTO Reading Companion';

// The library's size decides where a claim lives (CLAIM_PAGES_MAX): asked when a claim's URL is built, after the content is read.
export const urls = makeUrls(import.meta.env.BASE_URL, () => getClaimGraph().articles.length);

/** `href('about/')` → `/about/`, or under the configured base path. */
export const href = urls.path;
