import { citeRoute } from '../../lib/cite-route';

/** `/cite/<article>.bib` and `/cite/<article>/<claim>.bib`, in the dev server (src/lib/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('bib');
