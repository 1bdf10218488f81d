/**
 * A reader's own highlight or note, as a W3C Web Annotation (Web Annotation
 * Data Model, REC 2017): the paragraph (a FragmentSelector, `#p-7`) refined by
 * a TextQuoteSelector and a TextPositionSelector counted from that
 * paragraph's start (src/shared/passage-quote.ts says how a passage running
 * into later paragraphs is counted). Kept in the reader's browser
 * (src/scripts/notes-store.ts) and exported as an Annotation Collection.
 *
 * The same schema checks what the reader imports: everything in a file is
 * untrusted, so every field is bounded, a URL must be an http(s) URL of a
 * reading page, and a text is only ever shown as text.
 */
import { z } from 'astro/zod';

/** The categories a reader files a passage under: each drawn with its own line and symbol, not only colour. */
export const CATEGORIES = {
	'key-point': { label: 'Key point', symbol: '★' },
	question: { label: 'Question', symbol: '?' },
	disagree: { label: 'Disagree', symbol: '✗' },
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [Category, ...Category[]];
export const isCategory = (s: string): s is Category => Object.hasOwn(CATEGORIES, s);

/** Longest passage or note kept: a whole article is under 20,000 characters. */
export const MAX_TEXT = 20_000;
/** Most annotations one file may bring. */
export const MAX_ITEMS = 5_000;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const HTML_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3236';

/** A reading page's address: http(s), path ending in /articles/<id>/ (any deployment, any base path). */
export const READING_PAGE = /^https?:\/\/[^/\s]+(?:\/[^\s?#]*)?\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

const text = (max: number) => z.string().max(max, { message: `at most ${max} characters` });

export const TextQuoteSelectorSchema = z.object({
	type: z.literal('TextQuoteSelector'),
	/** The words themselves. */
	exact: text(MAX_TEXT).min(1, { message: 'the words, not an empty string' }),
	/** Up to 32 characters of the text before them. */
	prefix: text(200).default(''),
	/** Up to 32 characters of the text after them. */
	suffix: text(200).default(''),
});

export const TextPositionSelectorSchema = z
	.object({
		type: z.literal('TextPositionSelector'),
		/** Offset of the first character, from the paragraph's start. */
		start: z.number().int().nonnegative(),
		/** Offset after the last character. */
		end: z.number().int().nonnegative(),
	})
	.refine((s) => s.end > s.start, { message: 'end after start', path: ['end'] });

export const TargetSchema = z.object({
	/** The reading page, absolute. */
	source: z.string().max(2000).regex(READING_PAGE, { message: 'an http(s) address of a reading page, …/articles/<id>/' }),
	selector: z.object({
		type: z.literal('FragmentSelector'),
		/** RFC 3236: the value is an HTML id. */
		conformsTo: z.literal(HTML_FRAGMENT).default(HTML_FRAGMENT),
		/** The paragraph the passage starts in. */
		value: z.string().regex(/^p-[1-9][0-9]{0,3}$/, { message: 'a paragraph id, p-1 to p-9999' }),
		/** The words within it: their quote, and their position. */
		refinedBy: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
	}),
});

export const BodySchema = z.discriminatedUnion('purpose', [
	z.object({
		type: z.literal('TextualBody'),
		/** The category, one of CATEGORIES. */
		purpose: z.literal('tagging'),
		value: z.enum(CATEGORY_IDS, { message: `one of ${CATEGORY_IDS.join(', ')}` }),
	}),
	z.object({
		type: z.literal('TextualBody'),
		/** The reader's note: plain text, never HTML. */
		purpose: z.literal('commenting'),
		value: text(MAX_TEXT),
		/** Always text/plain: a note is shown as text whatever a file says (a `text/html` from elsewhere is read as text). */
		format: z
			.string()
			.max(100)
			.optional()
			.transform((): 'text/plain' => 'text/plain'),
	}),
]);

export const AnnotationSchema = z.object({
	'@context': z.literal(ANNO_CONTEXT).default(ANNO_CONTEXT),
	/** urn:uuid:…, made in the reader's browser. */
	id: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'urn:uuid:<uuid>' }),
	type: z.literal('Annotation'),
	/** `highlighting` without a note, `commenting` with one. */
	motivation: z.enum(['highlighting', 'commenting']),
	/** When made, and last changed (ISO 8601). */
	created: z.iso.datetime(),
	modified: z.iso.datetime(),
	/** The category, and the note if there is one. */
	body: z.array(BodySchema).min(1).max(2),
	target: TargetSchema,
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** An export of the reader's notes: W3C Annotation Collection, all in its first page. */
export const CollectionSchema = z.object({
	'@context': z.literal(ANNO_CONTEXT),
	type: z.literal('AnnotationCollection'),
	first: z.object({
		type: z.literal('AnnotationPage'),
		items: z.array(z.unknown()).max(MAX_ITEMS, { message: `at most ${MAX_ITEMS} annotations` }),
	}),
});

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
