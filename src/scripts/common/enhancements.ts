/**
 * The contract between the boot script (boot.entry.ts) and the code it loads
 * on first use (/enhancements.json): the base path, the window slots it fills,
 * and the stylesheets. Small: every bundle that imports it carries it.
 */

/** The site's base path, with a trailing slash: the browser scripts' URLs start with it. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The query parameter the reading and claim pages read to highlight words (search/highlight.entry.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where boot.entry.ts leaves a Copy button pressed, or a claim note opened, before claims/enhance.entry.ts arrived, for it to carry out. */
export const PENDING: unique symbol = Symbol.for('pending');

/** Where boot.entry.ts leaves /enhancements.json once fetched, for the loaded code to find its stylesheet. */
export const ENHANCEMENTS: unique symbol = Symbol.for('enhancements');

// The two slots on the page's window that boot.entry.ts fills and the code it loads reads.
declare global {
	interface Window {
		[PENDING]?: Pending[];
		[ENHANCEMENTS]?: Enhancements;
	}
}

/** /enhancements.json (src/pages/enhancements.json.ts): the URLs of the code loaded on first use, and of its styles. */
export interface Enhancements {
	claims: string;
	dropdown: string;
	highlight: string;
	notes: string;
	offline: string;
	css: { preview: string; highlight: string; results: string; notes: string; offline: string };
}

/** The stylesheet `name` of the loaded code, from /enhancements.json; added to the page once. */
export function addStylesheet(name: keyof Enhancements['css']): Promise<void> {
	const href = window[ENHANCEMENTS]?.css[name];
	if (!href) return Promise.resolve();
	const found = document.querySelector<HTMLLinkElement>(`link[data-enhancement="${name}"]`);
	if (found) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	link.dataset.enhancement = name;
	const loaded = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
	});
	document.head.append(link);
	return loaded;
}

export type Pending = HTMLElement;
