import { citeRoute } from '../../site/cite-route';

/** `/cite/<article>.ris` and `/cite/<article>/<claim>.ris`, in the dev server (src/site/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('ris');
