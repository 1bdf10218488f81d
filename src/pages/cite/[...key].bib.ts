import { citeRoute } from '../../site/cite-route';

/** `/cite/<article>.bib` and `/cite/<article>/<claim>.bib`, in the dev server (src/site/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('bib');
