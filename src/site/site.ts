import { getClaimGraph } from '../graph';
import { makeUrls } from '../shared/urls';

/** Site-wide names, and the URLs under the configured base path. */
export { SITE_NAME } from '../shared/site-name';

// Made when the pages first load, after the loader has read the content: the graph's plan decides where a claim lives.
export const urls = makeUrls(import.meta.env.BASE_URL, getClaimGraph().plan);

/** `href('about/')` → `/about/`, or under the configured base path. */
export const href = urls.path;
