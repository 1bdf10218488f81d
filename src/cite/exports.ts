/**
 * BibTeX, RIS and CSL-JSON files for reference managers, written from the
 * same CSL items as the formatted citations. Citation.js's plugins map the
 * fields (and escape BibTeX); we keep its mapping and fix, in the few lines
 * that write the files, what it gets wrong for these items:
 *
 * - BibTeX: Citation.js writes `month = {10}`, a literal "10" to BibTeX. We
 *   write the standard macro, `month = oct`, and for a day-precision date
 *   `day = {14}` beside it; a month-precision date has no day, a year-only
 *   date only `year`. Each entry's key is the item id (`mcdermott-2009`,
 *   `mcdermott-2009/un-agreement-planned`), not Citation.js's
 *   author-year-title label, which would give an article and its claims one key.
 * - RIS: for `TY  - NEWS`, Citation.js's 2011-spec mapping writes the
 *   author as a "reporter" it never reads back and the date as a year (`PY`),
 *   so a round trip loses both. Its classic-tag mapping keeps them
 *   (`A1`, `Y1  - 2009/10//`, which Zotero and EndNote read too), but adds a
 *   year-only `PY` that makes Citation.js read the record by the 2011 spec
 *   again, and writes our `note` as `AB` (abstract). We drop that `PY` and
 *   write the note as `N1`. Values are not wrapped at 70 characters as
 *   Citation.js does: a wrapped URL comes back with a space in it.
 * - CSL-JSON: as Citation.js writes it, `custom` included (CSL 1.0.2's place
 *   for extra data: the publisher's certainty, the claim's permalink).
 */
import { Cite, type CiteItem } from './citation-js';
import type { CslItem } from './csl-types';

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

interface BibtexEntry {
	type: string;
	label: string;
	properties: Record<string, string>;
}

type RisRecord = Record<string, string | string[]>;

/** CSL-JSON, indented for a reader to copy, or unindented (`indent: false`) for a download file a reference manager reads. */
export function toCslJson(items: CslItem[], { indent = true }: { indent?: boolean } = {}): string {
	const cite = new Cite(items.map(copy));
	return `${indent ? (cite.format('data', { format: 'text' }) as string) : JSON.stringify(cite.format('data', { format: 'object' }))}\n`;
}

export function toBibtex(items: CslItem[]): string {
	const entries = new Cite(items.map(copy)).format('bibtex', { format: 'object' }) as BibtexEntry[];
	return entries
		.map((entry, i) => {
			const item = items[i];
			if (item === undefined) throw new Error('Citation.js returned more BibTeX entries than items');
			const [, month, day] = item.issued['date-parts'][0];
			const fields = Object.entries(entry.properties)
				.filter(([field]) => field !== 'month' && field !== 'day')
				.map(([field, value]) => `\t${field} = {${value}},`);
			const at = fields.findIndex((f) => f.startsWith('\tyear = '));
			const dateFields = [
				...(month === undefined ? [] : [`\tmonth = ${BIBTEX_MONTHS[month - 1]},`]),
				...(day === undefined ? [] : [`\tday = {${day}},`]),
			];
			fields.splice(at < 0 ? fields.length : at + 1, 0, ...dateFields);
			return `@${entry.type}{${item.id},\n${fields.join('\n')}\n}\n`;
		})
		.join('\n');
}

export function toRis(items: CslItem[]): string {
	const records = new Cite(items.map(copy)).format('ris', { format: 'object', spec: 'old' }) as RisRecord[];
	return records
		.map((record) => {
			const fixed: RisRecord = {};
			for (const [tag, value] of Object.entries(record)) {
				if (tag === 'PY' && record.Y1 !== undefined) continue;
				fixed[tag === 'AB' ? 'N1' : tag] = value;
			}
			const { TY: type, ...rest } = fixed;
			if (typeof type !== 'string') throw new Error('Citation.js wrote a RIS record without a type');
			const lines = [`TY  - ${type}`];
			for (const [tag, value] of Object.entries(rest)) {
				for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${v.replace(/\s*\n\s*/g, ' ')}`);
			}
			lines.push('ER  - ');
			return `${lines.join('\n')}\n`;
		})
		.join('\n');
}

/** Citation.js keeps the objects it is given; hand it copies. */
function copy(item: CslItem): CiteItem {
	return structuredClone(item) as unknown as CiteItem;
}
