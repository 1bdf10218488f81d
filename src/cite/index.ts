/**
 * Citations of the articles and their claims: CSL items (`csl-item.ts`),
 * formatted by real CSL styles (`format.ts`), and BibTeX/RIS/CSL-JSON files
 * (`exports.ts`). Build-time only: it reads style files from node_modules.
 */
export { articleToCsl, claimToCsl } from './csl-item';
export type { CslItem } from './csl-types';
export { toBibtex, toCslJson, toRis } from './exports';
export { formatCitation, type CitationStyle } from './format';
