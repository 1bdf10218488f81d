import { makeUrls } from '../shared/urls';

/** Site-wide names, and the URLs under the configured base path. */
export const SITE_NAME = 'UN–CSTO Reading Companion';

export const urls = makeUrls(import.meta.env.BASE_URL);

/** `href('about/')` → `/about/`, or under the configured base path. */
export const href = urls.path;
