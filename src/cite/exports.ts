/**
 * BibTeX, RIS and CSL-JSON files for reference managers, written from the
 * same CSL items as the formatted citations. Citation.js's plugins map the
 * fields (and escape BibTeX); we keep its mapping and fix, in the few lines
 * that write the files, what it gets wrong for these items:
 *
 * - BibTeX: biblatex's `@online`, the entry type for a web page (Zotero
 *   imports it as a Web Page), as Citation.js's biblatex output writes it:
 *   the site in `booktitle`, the date in `date` at its own precision
 *   ("2009-10", "2010"), the sentence-case title with its capitals braced so
 *   a style that lower-cases keeps the proper nouns. Each entry's key is the
 *   item id (`mcdermott-2009`, `mcdermott-2009/un-agreement-planned`), not
 *   Citation.js's author-year-title label, which would give an article and
 *   its claims one key.
 * - RIS: `TY  - ELEC` (a web page; Zotero reads it as one) with the site in
 *   `T2`. Citation.js's 2011-spec mapping writes the date as a year (`PY`),
 *   so a round trip loses the month. Its classic-tag mapping keeps it
 *   (`Y1  - 2009/10//`, which Zotero and EndNote read too), but may add a
 *   year-only `PY` that makes Citation.js read the record by the 2011 spec
 *   again, and writes our `note` as `AB` (abstract). We drop that `PY` and
 *   write the note as `N1`. Values are not wrapped at 70 characters as
 *   Citation.js does: a wrapped URL comes back with a space in it.
 * - CSL-JSON: as Citation.js writes it, `custom` included (CSL 1.0.2's place
 *   for extra data: the headline as published, the publisher's certainty,
 *   the claim's permalink).
 */
import { Cite, type CiteItem } from './citation-js';
import type { CslItem } from './csl-types';

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
	const entries = new Cite(items.map(copy)).format('biblatex', { format: 'object' }) as BibtexEntry[];
	return entries
		.map((entry, i) => {
			const item = items[i];
			if (item === undefined) throw new Error('Citation.js returned more BibTeX entries than items');
			const fields = Object.entries(entry.properties).map(([field, value]) => `\t${field} = {${value}},`);
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
