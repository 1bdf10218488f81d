import { citeRoute } from '../../lib/cite-route';

/** `/cite/<article>.ris` and `/cite/<article>/<claim>.ris`, in the dev server (src/lib/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('ris');
