import { citeRoute } from '../../site/cite-route';

/** `/cite/<article>.json` (the article; `<article>.claims` its claims), in the dev server (src/site/cite-route.ts). */
export const { getStaticPaths, GET } = citeRoute('json');
