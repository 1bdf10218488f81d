/**
 * The zod schema of a reader's annotation (./annotation.ts has its shape and
 * helpers), which checks what the reader imports (./notes-io.ts): everything
 * in a file is untrusted, so every field is bounded, a URL must be an http(s)
 * URL of a reading page, and a text is only ever shown as text.
 */
import { z } from 'astro/zod';
import { ANNO_CONTEXT, canonicalSource, CATEGORY_IDS, HTML_FRAGMENT, MAX_ITEMS, MAX_TEXT, type Annotation } from './annotation';

// Without this zod probes for eval with `new Function`, which the site's CSP refuses, and the browser reports it as an issue.
z.config({ jitless: true });

const text = (max: number) => z.string().max(max, { message: `at most ${max} characters` });

const TextQuoteSelectorSchema = z.object({
	type: z.literal('TextQuoteSelector'),
	/** The words themselves. */
	exact: text(MAX_TEXT).min(1, { message: 'the words, not an empty string' }),
	/** Up to 32 characters of the text before them. */
	prefix: text(200).default(''),
	/** Up to 32 characters of the text after them. */
	suffix: text(200).default(''),
});

const TextPositionSelectorSchema = z
	.object({
		type: z.literal('TextPositionSelector'),
		/** Offset of the first character, from the paragraph's start. */
		start: z.number().int().nonnegative(),
		/** Offset after the last character. */
		end: z.number().int().nonnegative(),
	})
	.refine((s) => s.end > s.start, { message: 'end after start', path: ['end'] });

const TargetSchema = z.object({
	/** The reading page, absolute, without a user name; kept in this site's spelling of it (…/index.html is …/). */
	source: z
		.string()
		.max(2000)
		.transform((s, ctx) => {
			const canonical = canonicalSource(s);
			if (canonical) return canonical;
			const named = /^https?:\/\/[^/]*@/i.test(s);
			const message = named
				? 'an http(s) address of a reading page with no user name before its host'
				: 'an http(s) address of a reading page, …/articles/<id>/';
			ctx.addIssue({ code: 'custom', message });
			return z.NEVER;
		}),
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

const BodySchema = z.discriminatedUnion('purpose', [
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
// The schema's output is the shape the code uses: a change to one without the other fails the type check.
const _same: z.ZodType<Annotation> = AnnotationSchema;
void _same;

/** An export of the reader's notes: W3C Annotation Collection, all in its first page. */
export const CollectionSchema = z.object({
	'@context': z.literal(ANNO_CONTEXT),
	type: z.literal('AnnotationCollection'),
	first: z.object({
		type: z.literal('AnnotationPage'),
		items: z.array(z.unknown()).max(MAX_ITEMS, { message: `at most ${MAX_ITEMS} annotations` }),
	}),
});
