/**
 * Citations of a reader's passage, with its paragraphs as the pinpoint
 * ("para. 7", "paras. 7–8"), for the reading page's Cite button
 * (src/scripts/notes/cite.ts) and the notes page's exports.
 *
 * Why made at build time with stand-in numbers, not in the browser: citeproc
 * with the three styles is hundreds of kilobytes, too much to load on a
 * reader's click, and a table of every paragraph and every range of
 * paragraphs would grow with the square of a text's length. The styles put
 * the locator in as a plain number (or a range with the style's en dash and
 * its plural label), so the engine runs once per article with a single
 * stand-in and once with a range of two, and the browser puts the real
 * numbers in their place. tests/unit/pinpoint.test.ts checks, for several
 * paragraphs and ranges, that the filled-in text equals citeproc's own output
 * for the real numbers: the reader gets exactly what the engine would say.
 */
import { toBibtex, toCslJson, toRis } from './exports';
import { compactMonths, mlaAccessedTemplate } from './accessed';
import { formatCitation, runStyle, type CitationStyle } from './format';
import type { CslItem } from './csl-types';

/** Stand-ins for the paragraph numbers: digits no style abbreviates or takes for anything else. */
const PINPOINT_ONE = '8675309';
const PINPOINT_FIRST = '1111111';
const PINPOINT_LAST = '9999999';
/** Stands for the pinpoint ("para. 7") in BibTeX, RIS and CSL-JSON, where no style writes it. */
const PINPOINT_NOTE = 'PINPOINTNOTE';

interface PinpointStyle {
	/** "Chicago (note)", "APA 7", … */
	label: string;
	/** Its citation with one paragraph (PINPOINT_ONE) and with a range (PINPOINT_FIRST…PINPOINT_LAST). */
	one: string;
	range: string;
	/** Its reference-list entry, which has no pinpoint. */
	entry: string;
	/** MLA's entry with a slot for the reader's access date, and compactMonths' words (src/cite/accessed.ts); the browser fills it in. */
	accessed?: { entry: string; months: string };
}

export interface PinpointCitations {
	styles: PinpointStyle[];
	/** BibTeX, RIS and CSL-JSON of the article with PINPOINT_NOTE as its note. */
	bibtex: string;
	ris: string;
	csl: string;
}

const STYLE_LABELS: [CitationStyle, string][] = [
	['chicago', 'Chicago (note)'],
	['apa', 'APA 7'],
	['mla', 'MLA 9'],
];

// A range is not a single number, so formatCitation's shared run cannot serve it: citeproc runs for it.
function rangeCitation(item: CslItem, style: CitationStyle): string {
	return runStyle({ ...item }, style, 'text', 'citation', { label: 'paragraph', locator: `${PINPOINT_FIRST}-${PINPOINT_LAST}` });
}

export function pinpointCitations(item: CslItem): PinpointCitations {
	const styles = STYLE_LABELS.map(([style, label]) => {
		const one = formatCitation(item, style, { form: 'citation', locator: { label: 'paragraph', locator: PINPOINT_ONE } });
		const range = rangeCitation(item, style);
		if (!one.includes(PINPOINT_ONE) || !range.includes(PINPOINT_FIRST) || !range.includes(PINPOINT_LAST)) {
			throw new Error(`the ${style} style did not write the paragraph pinpoint as a number for ${item.id}`);
		}
		const entry = formatCitation(item, style);
		if (style !== 'mla') return { label, one, range, entry };
		const { text, months } = mlaAccessedTemplate(item);
		return { label, one, range, entry, accessed: { entry: text, months: compactMonths(months) } };
	});
	// Our note on the source (an unverified publisher) travels with the pinpoint, as in the Cite block's downloads.
	const noted: CslItem = { ...item, note: item.note ? `${item.note} Cited at ${PINPOINT_NOTE}.` : PINPOINT_NOTE };
	return { styles, bibtex: toBibtex([noted]), ris: toRis([noted]), csl: toCslJson([noted]) };
}

/** A template with the real paragraphs put in: what the browser does, here for the tests. */
export function fillPinpoint(template: string, first: number, last: number): string {
	return template
		.replaceAll(PINPOINT_ONE, String(first))
		.replaceAll(PINPOINT_FIRST, String(first))
		.replaceAll(PINPOINT_LAST, String(last))
		.replaceAll(PINPOINT_NOTE, first === last ? `para. ${first}` : `paras. ${first}–${last}`);
}
