import { formatCitation, type CitationStyle, type CslItem } from '../cite';
import { mlaAccessedTemplate } from '../cite/accessed';

/** One citation the Cite block offers, in HTML and as plain text for the Copy button. */
export interface FormattedCitation {
	style: CitationStyle | 'chicago-note' | 'apa-in-text' | 'mla-in-text';
	label: string;
	html: string;
	text: string;
	/** MLA's entry with a slot for the reader's access date, filled in by the browser (src/cite/accessed.ts). */
	accessed?: { html: string; text: string; months: string[] };
}

/**
 * Every citation the Cite block offers, formatted by the CSL styles, nothing
 * added. A claim's item carries its paragraph, which the note and the in-text
 * citations give as the pinpoint; a reference-list entry has none.
 */
export function citationsOf(item: CslItem): FormattedCitation[] {
	const both = (style: CitationStyle, form: 'bibliography' | 'citation') => ({
		html: formatCitation(item, style, { format: 'html', form }),
		text: formatCitation(item, style, { format: 'text', form }),
	});
	const accessed = mlaAccessedTemplate(item);
	const list: FormattedCitation[] = [
		{ style: 'chicago-note', label: 'Chicago (note)', ...both('chicago', 'citation') },
		{ style: 'chicago', label: 'Chicago (bibliography)', ...both('chicago', 'bibliography') },
		{ style: 'apa', label: 'APA 7', ...both('apa', 'bibliography') },
		{ style: 'mla', label: 'MLA 9', ...both('mla', 'bibliography'), accessed },
	];
	if (item.custom.claim === undefined) return list;
	return [
		...list.slice(0, 3),
		{ style: 'apa-in-text', label: 'APA 7 (in-text)', ...both('apa', 'citation') },
		list[3] as FormattedCitation,
		{ style: 'mla-in-text', label: 'MLA 9 (in-text)', ...both('mla', 'citation') },
	];
}
