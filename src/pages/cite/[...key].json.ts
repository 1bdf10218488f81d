import { citeRoute } from '../../lib/cite-route';

/** `/cite/<article>.json` and `/cite/<article>/<claim>.json`, in the dev server (src/lib/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('json');
