/** Site-wide names and the one place that turns a site path into a URL under the base path. */
export const SITE_NAME = 'UN–CSTO Reading Companion';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('articles/blank-2010/')` → `/articles/blank-2010/` (or under the configured base path). */
export function href(path = ''): string {
	return BASE + path.replace(/^\//, '');
}
