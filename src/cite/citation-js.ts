/**
 * Citation.js with the three plugins this module uses, loaded in one place:
 * the plugins register themselves on the core's shared registry when first
 * imported, so every file here must get `Cite` from this module.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export { Cite, plugins };
export type { CiteItem } from '@citation-js/core';
