/**
 * The reader's notes in and out of their browser, pure (the notes page,
 * src/scripts/notes-page.ts, does the files): an export as a W3C Annotation
 * Collection, as Markdown with citations, and as CSV; an import checked field
 * by field against the schema (src/shared/annotation.ts) and merged without
 * duplicates. A file that fails is refused whole, with the field named, so
 * nothing already stored is touched.
 */
import type { z } from 'astro/zod';
import { ANNO_CONTEXT, articleOf, CATEGORIES, categoryOf, noteOf, paragraphOf, type Annotation } from './annotation';
import { AnnotationSchema, CollectionSchema } from './annotation-schema';

/** Largest file read: 5,000 notes of a few kilobytes each. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Text order: by article, then paragraph, then place in it. */
export function inTextOrder(list: Annotation[]): Annotation[] {
	return [...list].sort(
		(a, b) =>
			articleOf(a).localeCompare(articleOf(b)) ||
			paragraphOf(a) - paragraphOf(b) ||
			a.target.selector.refinedBy[1].start - b.target.selector.refinedBy[1].start,
	);
}

export function toCollection(list: Annotation[], label: string): string {
	const items = inTextOrder(list);
	const collection = {
		'@context': ANNO_CONTEXT,
		type: 'AnnotationCollection',
		label,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items },
	};
	return `${JSON.stringify(collection, null, 2)}\n`;
}

/** What the exports say of each annotation besides itself: where to link, how to cite, the article's title. */
export interface Cited {
	link: string;
	citation: string;
	title: string;
}

/** Markdown for writing: by article, each passage quoted, its category and note, its citation and link. */
export function toMarkdown(list: Annotation[], cite: (a: Annotation) => Cited): string {
	const out = ['# My notes', ''];
	let article = '';
	for (const a of inTextOrder(list)) {
		const c = cite(a);
		if (articleOf(a) !== article) {
			article = articleOf(a);
			out.push(`## ${c.title}`, '');
		}
		const category = CATEGORIES[categoryOf(a)];
		const quote = a.target.selector.refinedBy[0].exact.split('\n').map((line) => `> ${line}`);
		out.push(...quote, '', `${category.symbol} **${category.label}**`);
		const note = noteOf(a);
		if (note) out.push('', note);
		out.push('', `${c.citation} <${c.link}>`, '');
	}
	return `${out.join('\n').trimEnd()}\n`;
}

/** A CSV field: quoted, quotes doubled; a leading =, +, - or @ neutralised, so a spreadsheet never runs it as a formula. */
function field(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(list: Annotation[], cite: (a: Annotation) => Cited): string {
	const rows = [['article', 'paragraph', 'category', 'quote', 'note', 'citation', 'link', 'created', 'modified']];
	for (const a of inTextOrder(list)) {
		const c = cite(a);
		rows.push([
			articleOf(a),
			String(paragraphOf(a)),
			CATEGORIES[categoryOf(a)].label,
			a.target.selector.refinedBy[0].exact,
			noteOf(a),
			c.citation,
			c.link,
			a.created,
			a.modified,
		]);
	}
	return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

export type ImportResult =
	{ ok: true; merged: Annotation[]; added: number; updated: number; same: number } | { ok: false; message: string };

/** `first.items[3].target.source`: a zod issue's path, as a reader can find it in the file. */
function pathOf(path: readonly PropertyKey[], prefix: string): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), prefix);
}

function firstProblem(error: z.ZodError, prefix: string, data: unknown): string {
	const issue = error.issues[0];
	if (!issue) return `${prefix}: not an annotation`;
	let found: unknown = data;
	for (const key of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key] : undefined;
	const shown = found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 80);
	const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
	// zod's own messages say what they expected ("Invalid input: expected string…"); ours name only the expectation.
	const expected = /^(invalid|too|expected)/i.test(issue.message) ? issue.message : `expected ${issue.message}`;
	return `${pathOf(issue.path, prefix)}: ${expected}, found ${shown}${more}`;
}

/** The same passage with the same body, under another id: a duplicate too. */
const sameNote = (a: Annotation, b: Annotation) =>
	a.target.source === b.target.source &&
	JSON.stringify(a.target.selector) === JSON.stringify(b.target.selector) &&
	JSON.stringify(a.body) === JSON.stringify(b.body);

/**
 * Reads an exported collection and merges it into `stored`: a new id is added,
 * a known id keeps whichever copy was changed last, and a note already there
 * under another id is skipped. Refused whole, with the first field at fault
 * named, when anything in it is wrong.
 */
export function importCollection(text: string, stored: Annotation[]): ImportResult {
	if (text.length > MAX_FILE_BYTES) return { ok: false, message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: not read.` };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, message: `The file is not JSON (${e instanceof Error ? e.message : 'unreadable'}): nothing was imported.` };
	}
	const collection = CollectionSchema.safeParse(data);
	if (!collection.success)
		return { ok: false, message: `Not an annotation collection: ${firstProblem(collection.error, 'file', data)}. Nothing was imported.` };
	const incoming: Annotation[] = [];
	for (const [i, item] of collection.data.first.items.entries()) {
		const parsed = AnnotationSchema.safeParse(item);
		if (!parsed.success) return { ok: false, message: `${firstProblem(parsed.error, `first.items[${i}]`, item)}. Nothing was imported.` };
		incoming.push(parsed.data);
	}
	const byId = new Map(stored.map((a) => [a.id, a]));
	const merged: Annotation[] = [];
	let [added, updated, same] = [0, 0, 0];
	for (const a of incoming) {
		const known = byId.get(a.id);
		if (known) {
			if (a.modified > known.modified) {
				merged.push(a);
				updated++;
			} else same++;
		} else if (stored.some((b) => sameNote(a, b)) || merged.some((b) => sameNote(a, b))) same++;
		else {
			merged.push(a);
			added++;
		}
	}
	return { ok: true, merged, added, updated, same };
}
