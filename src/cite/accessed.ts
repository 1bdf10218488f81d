/**
 * The access date of an MLA entry, which only the reader's browser knows: a
 * build made today and read next year must not say "Accessed" today. The
 * build runs citeproc with a stand-in date and keeps, beside the entry
 * without one (what a reader without JavaScript gets), the entry with a
 * `{accessed}` slot and the words citeproc wrote for the stand-in as a
 * pattern per month; the browser fills in the reader's day, month and year
 * (src/scripts/common/boot.entry.ts, src/scripts/notes/cite.ts). tests/unit/cite-manuals.test.ts
 * checks, for every month and several days and years, that the filled-in
 * entry is citeproc's own output for that date.
 */
import { formatCitation } from './format';
import type { CslItem } from './csl-types';

/** Stand-ins no style abbreviates: a year and a day that appear nowhere else in an entry. */
const YEAR = 8888;
const DAY = 28;
const SLOT = '{accessed}';

export interface AccessedTemplate {
	/** The entry with `{accessed}` where the access date goes (HTML and text). */
	html: string;
	text: string;
	/** What goes in the slot, per month (index 0 = January), with `{d}` and `{y}` for the day and year. */
	months: string[];
}

/**
 * The months' slot words as one pattern and the words that differ:
 * `" Accessed {d} {m} {y}.|Jan.|Feb.|…"`, what the Cite block hands the boot script.
 */
export function compactMonths(months: string[]): string {
	const [first = '', ...rest] = months;
	let head = first.length;
	let tail = first.length;
	for (const m of rest) {
		let i = 0;
		while (i < head && m[i] === first[i]) i++;
		head = i;
		let j = 0;
		while (j < tail && m[m.length - 1 - j] === first[first.length - 1 - j]) j++;
		tail = j;
	}
	const pattern = `${first.slice(0, head)}{m}${first.slice(first.length - tail)}`;
	return [pattern, ...months.map((m) => m.slice(head, m.length - tail))].join('|');
}

let months: string[] | undefined;

/** The MLA works-cited entry of `item` with a slot for the reader's access date. */
export function mlaAccessedTemplate(item: CslItem): AccessedTemplate {
	const slot = (format: 'html' | 'text', month: number) => {
		const without = formatCitation(item, 'mla', { format });
		const withDate = formatCitation({ ...item, accessed: { 'date-parts': [[YEAR, month, DAY]] } }, 'mla', { format });
		let at = 0;
		while (at < without.length && without[at] === withDate[at]) at++;
		const inserted = withDate.slice(at, at + withDate.length - without.length);
		if (withDate.slice(at + inserted.length) !== without.slice(at) || !inserted.includes(String(YEAR))) {
			throw new Error(`the MLA style did not add the access date as one insertion for ${item.id}`);
		}
		return { entry: `${without.slice(0, at)}${SLOT}${without.slice(at)}`, inserted };
	};
	const html = slot('html', 1).entry;
	const text = slot('text', 1);
	// The words of a date are the style's, not the item's: worked out once, from the first item.
	months ??= Array.from({ length: 12 }, (_, i) =>
		slot('text', i + 1)
			.inserted.replace(String(YEAR), '{y}')
			.replace(String(DAY), '{d}'),
	);
	if (text.entry.replace(SLOT, '') !== formatCitation(item, 'mla')) throw new Error('the access date moved the MLA entry’s text');
	return { html, text: text.entry, months };
}

/** The entry with the date put in: what the browser does (src/scripts/common/boot.entry.ts, src/scripts/notes/cite.ts), here for the tests. */
export function fillAccessed(template: string, months: string[], date: { year: number; month: number; day: number }): string {
	const words = (months[date.month - 1] ?? '').replace('{d}', String(date.day)).replace('{y}', String(date.year));
	return template.replace(SLOT, words);
}
