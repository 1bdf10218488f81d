import { citeRoute } from '../../site/cite-route';

/** `/cite/<article>.json` and `/cite/<article>/<claim>.json`, in the dev server (src/site/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('json');
