/**
 * Types for the parts of Citation.js this module uses. The packages ship
 * JavaScript only; these declarations cover exactly the calls in `src/cite/`
 * so the strict type check still sees every argument. (Not named after
 * `citation-js.ts`: TypeScript ignores a `.d.ts` that shares a `.ts` file's name.)
 */

declare module '@citation-js/core' {
	/** A CSL-JSON item as Citation.js holds it (it may add `_graph`). */
	export interface CiteItem {
		id: string;
		[field: string]: unknown;
	}

	export class Cite {
		constructor(data?: unknown, options?: Record<string, unknown>);
		data: CiteItem[];
		format(format: string, options?: Record<string, unknown>): unknown;
	}

	/** The few citeproc-js engine members used for citation clusters. */
	export interface CiteprocEngine {
		opt: { development_extensions: { wrap_url_and_doi: boolean } };
		/** Sets the items of the bibliography; returns their ids in the style's order. */
		updateItems(ids: string[]): string[];
		/** The bibliography's settings and its entries, in order. */
		makeBibliography(): [Record<string, unknown>, string[]];
		rebuildProcessorState(citations: unknown[], format: string, uncited: unknown[]): Array<[string, number, string]>;
	}

	export interface Register<T> {
		add(name: string, value: T): unknown;
		has(name: string): boolean;
		get(name: string): T;
	}

	export interface CslPluginConfig {
		styles: Register<unknown>;
		locales: Register<unknown>;
		engine(data: CiteItem[], style: string, lang: string | undefined, format: string): CiteprocEngine;
	}

	export const plugins: {
		config: {
			get(name: '@csl'): CslPluginConfig;
			get(name: string): unknown;
		};
	};
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}

declare module '@citation-js/name' {
	export interface ParsedName {
		family?: string;
		given?: string;
		'non-dropping-particle'?: string;
		'dropping-particle'?: string;
		suffix?: string;
		literal?: string;
	}
	export function parse(name: string): ParsedName;
}
