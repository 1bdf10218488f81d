/**
 * The reader's notes in and out of their browser, pure (the notes page,
 * src/scripts/notes/page.entry.ts, does the files): an export as a W3C Annotation
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

/**
 * A reader's text as Markdown that shows it and runs nothing: every character
 * that Markdown or HTML could make live (a tag, an entity, a link, emphasis,
 * code) is backslash-escaped, and so is a line's leading marker (heading,
 * quote, list, rule), so a note can neither forge the document's structure
 * nor smuggle markup into a renderer's preview.
 */
export function markdownText(text: string): string {
	return text
		.split(/\r\n?|\n/)
		.map((line) =>
			line
				.replace(/[\\`*_[\]<>&~|]/g, '\\$&')
				.replace(
					/^(\s*)([#>+=-]|\d+(?=[.)]))/,
					(_, space: string, mark: string) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`,
				),
		)
		.join('\n');
}

/** Markdown for writing: by article, each passage quoted, its category and note, its citation and link. */
export function toMarkdown(list: Annotation[], cite: (a: Annotation) => Cited): string {
	const out = ['# My notes', ''];
	let article = '';
	for (const a of inTextOrder(list)) {
		const c = cite(a);
		if (articleOf(a) !== article) {
			article = articleOf(a);
			out.push(`## ${markdownText(c.title)}`, '');
		}
		const category = CATEGORIES[categoryOf(a)];
		const quote = markdownText(a.target.selector.refinedBy[0].exact)
			.split('\n')
			.map((line) => `> ${line}`);
		out.push(...quote, '', `${category.symbol} **${category.label}**`);
		const note = noteOf(a);
		if (note) out.push('', markdownText(note));
		// Only a link of the web: the site builds it, and anything else is left out rather than made clickable.
		const link = /^https?:\/\/[^\s<>]+$/.test(c.link) ? ` <${c.link}>` : '';
		out.push('', `${markdownText(c.citation)}${link}`, '');
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

/**
 * The first `max` characters of a value as JSON, built only as far as they
 * go: a file's value may be a million arrays deep, which JSON.stringify would
 * walk whole (or overflow the stack on) to show eighty characters of it.
 */
function preview(value: unknown, max = 80): string {
	let out = '';
	const walk = (v: unknown): void => {
		if (out.length > max) return;
		if (Array.isArray(v) || (v && typeof v === 'object')) {
			const array = Array.isArray(v);
			out += array ? '[' : '{';
			const keys = Object.keys(v);
			for (const [i, key] of keys.slice(0, 10).entries()) {
				if (out.length > max) return;
				if (i) out += ',';
				if (!array) out += `${JSON.stringify(key.slice(0, max))}:`;
				walk((v as Record<string, unknown>)[key]);
			}
			out += keys.length > 10 ? ',…' : array ? ']' : '}';
		} else out += typeof v === 'string' ? JSON.stringify(v.slice(0, max + 1)) : String(JSON.stringify(v) ?? v);
	};
	walk(value);
	return out.length > max ? `${out.slice(0, max)}…` : out;
}

function firstProblem(error: z.ZodError, prefix: string, data: unknown): string {
	const issue = error.issues[0];
	if (!issue) return `${prefix}: not an annotation`;
	let found: unknown = data;
	for (const key of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key] : undefined;
	const shown = found === undefined ? 'nothing' : preview(found);
	const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
	// zod's own messages say what they expected ("Invalid input: expected string…"); ours name only the expectation.
	const expected = /^(invalid|too|expected)/i.test(issue.message) ? issue.message : `expected ${issue.message}`;
	return `${pathOf(issue.path, prefix)}: ${expected}, found ${shown}${more}`;
}

/** The same passage with the same body, whatever its id or the spelling of its page's address: a duplicate too. */
function noteKey(a: Annotation): string {
	const [quote, position] = a.target.selector.refinedBy;
	return [
		articleOf(a),
		a.target.selector.value,
		quote.exact,
		quote.prefix,
		quote.suffix,
		position.start,
		position.end,
		categoryOf(a),
		noteOf(a),
	].join('\u0000');
}

/** When a copy was last changed, as an instant: `…04Z` and `…04.000Z` are the same time, and `…04.065Z` later. */
const changedAt = (a: Annotation) => Date.parse(a.modified);

/** Items checked between two pauses of an import, so the page can paint and answer the reader in between. */
const BATCH = 100;

/**
 * Reads an exported collection and merges it into `stored`: within the file
 * the newest copy of each id stands for it; a new id is added, a known id
 * keeps whichever copy was changed last, and a note already there under
 * another id is skipped. Each id is counted once. Refused whole, with the
 * first field at fault named, when anything in it is wrong. `pause` is
 * awaited between batches of items (the page yields to the browser there);
 * `home` gives the address an imported note is kept under.
 */
export async function importCollection(
	text: string,
	stored: Annotation[],
	pause: (checked: number) => Promise<void> = async () => {},
	home: (a: Annotation) => string = (a) => a.target.source,
): Promise<ImportResult> {
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
	const newest = new Map<string, Annotation>();
	for (const [i, item] of collection.data.first.items.entries()) {
		if (i % BATCH === BATCH - 1) await pause(i + 1);
		const parsed = AnnotationSchema.safeParse(item);
		if (!parsed.success) return { ok: false, message: `${firstProblem(parsed.error, `first.items[${i}]`, item)}. Nothing was imported.` };
		const a = { ...parsed.data, target: { ...parsed.data.target, source: home(parsed.data) } };
		const had = newest.get(a.id);
		if (!had || changedAt(a) > changedAt(had)) newest.set(a.id, a);
	}
	const byId = new Map(stored.map((a) => [a.id, a]));
	const seen = new Set(stored.map(noteKey));
	const merged: Annotation[] = [];
	let [added, updated, same] = [0, 0, 0];
	for (const a of newest.values()) {
		const known = byId.get(a.id);
		if (known) {
			if (changedAt(a) > changedAt(known)) {
				merged.push(a);
				updated++;
			} else same++;
		} else if (seen.has(noteKey(a))) same++;
		else {
			seen.add(noteKey(a));
			merged.push(a);
			added++;
		}
	}
	return { ok: true, merged, added, updated, same };
}
