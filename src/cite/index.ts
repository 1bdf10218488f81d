/**
 * Citations of the articles and their claims: CSL items (`csl-item.ts`),
 * formatted by real CSL styles (`format.ts`), and BibTeX/RIS/CSL-JSON files
 * (`exports.ts`). Build-time only: it reads style files from node_modules.
 */
export { articleToCsl, claimToCsl, type CitedClaim, type ClaimCslOptions, type CslOptions } from './csl-item';
export type { CiteLocator, CslItem } from './csl-types';
export { toBibtex, toCslJson, toRis } from './exports';
export { formatCitation, type CitationStyle, type FormatOptions } from './format';
export { STYLES } from './styles';
