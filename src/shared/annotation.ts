/**
 * A reader's own highlight or note, as a W3C Web Annotation (Web Annotation
 * Data Model, REC 2017): the paragraph (a FragmentSelector, `#p-7`) refined by
 * a TextQuoteSelector and a TextPositionSelector counted from that
 * paragraph's start (src/shared/passage-quote.ts says how a passage running
 * into later paragraphs is counted). Kept in the reader's browser
 * (src/scripts/notes/store.ts) and exported as an Annotation Collection.
 *
 * Its shape and helpers, without zod: the reading page's code loads this and
 * not the schema (./annotation-schema.ts), which checks imported files and
 * would make a reader's first selection load zod.
 */

/** The categories a reader files a passage under: each drawn with its own line and symbol, not only colour. */
export const CATEGORIES = {
	'key-point': { label: 'Key point', symbol: '★' },
	question: { label: 'Question', symbol: '?' },
	disagree: { label: 'Disagree', symbol: '✗' },
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [Category, ...Category[]];
const isCategory = (s: string): s is Category => Object.hasOwn(CATEGORIES, s);

/** Longest passage or note kept: a whole article is under 20,000 characters. */
export const MAX_TEXT = 20_000;
/** Most annotations one file may bring. */
export const MAX_ITEMS = 5_000;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const HTML_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3236';

/**
 * A reading page's address as this site writes it: http(s), no user name
 * (`https://site@evil.example/` is evil.example), path ending in
 * /articles/<id>/ (any deployment, any base path).
 */
const READING_PAGE = /^https?:\/\/[^/\s@]+(?:\/[^\s?#@]*)?\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/**
 * The same address as READING_PAGE requires, from any spelling a server
 * answers for that page (`…/index.html`, `%2D` for `-`, doubled slashes, a
 * query or fragment), or undefined when it is not a reading page's address.
 */
export function canonicalSource(source: string): string | undefined {
	let url: URL;
	let path: string;
	try {
		url = new URL(source);
		path = decodeURIComponent(url.pathname);
	} catch {
		return undefined;
	}
	if (!/^https?:$/.test(url.protocol) || url.username || url.password) return undefined;
	const clean = `${url.origin}${path.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/')}`;
	return READING_PAGE.test(clean) ? clean : undefined;
}

interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}
interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}
type Body =
	| { type: 'TextualBody'; purpose: 'tagging'; value: Category }
	| { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' };

/** The fields are documented where they are checked: ./annotation-schema.ts. */
export interface Annotation {
	'@context': typeof ANNO_CONTEXT;
	id: string;
	type: 'Annotation';
	motivation: 'highlighting' | 'commenting';
	created: string;
	modified: string;
	body: Body[];
	target: {
		source: string;
		selector: {
			type: 'FragmentSelector';
			conformsTo: typeof HTML_FRAGMENT;
			value: string;
			refinedBy: [TextQuoteSelector, TextPositionSelector];
		};
	};
}

/**
 * Enough of the shape for the reading page to draw it. What is stored was
 * written by this code, or imported after the schema's check; this only keeps
 * a record it cannot read (from a later version, say) from breaking the page.
 */
function looksLikeAnnotation(x: unknown): x is Annotation {
	const a = x as Partial<Annotation> | null;
	const sel = a?.target?.selector;
	const [quote, position] = Array.isArray(sel?.refinedBy) ? sel.refinedBy : [];
	return (
		typeof a?.id === 'string' &&
		Array.isArray(a.body) &&
		a.body.every(drawableBody) &&
		typeof a.modified === 'string' &&
		typeof a.target?.source === 'string' &&
		READING_PAGE.test(a.target.source) &&
		typeof sel?.value === 'string' &&
		/^p-[1-9][0-9]{0,3}$/.test(sel.value) &&
		typeof quote?.exact === 'string' &&
		typeof quote.prefix === 'string' &&
		typeof quote.suffix === 'string' &&
		Number.isInteger(position?.start) &&
		Number.isInteger(position?.end)
	);
}

/** A body this version can draw: a known category, or a note in text. */
function drawableBody(b: unknown): boolean {
	const body = b as Partial<Record<string, unknown>> | null;
	if (body?.purpose === 'tagging') return typeof body.value === 'string' && isCategory(body.value);
	return body?.purpose === 'commenting' && typeof body.value === 'string';
}

/**
 * A stored record with its page's address in this site's spelling, or
 * undefined when this version cannot draw it (it stays stored, untouched).
 */
export function readable(x: unknown): Annotation | undefined {
	const source = (x as Partial<Annotation> | null)?.target?.source;
	const canonical = typeof source === 'string' ? canonicalSource(source) : undefined;
	if (!canonical || !x || typeof x !== 'object') return undefined;
	const a = x as Annotation;
	const copy = canonical === source ? a : { ...a, target: { ...a.target, source: canonical } };
	return looksLikeAnnotation(copy) ? copy : undefined;
}

/** The category of an annotation (key point when it names none). */
export function categoryOf(a: Annotation): Category {
	const tag = a.body.find((b) => b.purpose === 'tagging');
	return tag?.purpose === 'tagging' ? tag.value : 'key-point';
}

/** Its note, or "" for a bare highlight. */
export function noteOf(a: Annotation): string {
	const note = a.body.find((b) => b.purpose === 'commenting');
	return note?.purpose === 'commenting' ? note.value : '';
}

/** The article id of its reading page. */
export function articleOf(a: Annotation): string {
	return READING_PAGE.exec(a.target.source)?.[1] ?? '';
}

/** Its paragraph number, from `p-7`. */
export const paragraphOf = (a: Annotation): number => Number(a.target.selector.value.slice(2));

/** A copy with this category and note, and its motivation to match. */
export function withBody(a: Annotation, category: Category, note: string, now: string): Annotation {
	const body: Annotation['body'] = [{ type: 'TextualBody', purpose: 'tagging', value: category }];
	if (note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
	return { ...a, body, motivation: note.trim() ? 'commenting' : 'highlighting', modified: now };
}
