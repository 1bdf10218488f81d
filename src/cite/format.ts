/**
 * Formats a CSL item in Chicago, APA or MLA with a real CSL processor
 * (citeproc-js, through Citation.js's CSL plugin), never by assembling strings:
 * the style decides order, punctuation, date form and locator label.
 *
 * Two forms: `bibliography` (the reference-list entry) and `citation` (the
 * Chicago footnote, or the APA/MLA in-text parenthetical). A locator belongs
 * to a citation only; a claim item supplies its paragraph as the default one.
 *
 * Nothing is added to the style's output: what no style can say (that the
 * publisher is unverified, a claim's permalink) is given beside the citation
 * by the Cite block (src/components/CiteBlock.astro), never bracketed into it.
 */
import { escapeUTF8 } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { plugins, type CiteItem } from './citation-js';
import type { CiteLocator, CslItem } from './csl-types';
import { ensureStyles, LOCALE, registeredName, type CitationStyle } from './styles';

export type { CitationStyle } from './styles';

export interface FormatOptions {
	/** `text` (plain, no italics) or `html` (italics, linked URLs). Default `text`. */
	format?: 'text' | 'html';
	/** Default `bibliography`. */
	form?: 'bibliography' | 'citation';
	/** Where in the work; for a claim item, its paragraph unless given. Citations only. */
	locator?: CiteLocator;
}

/**
 * The style's output, by what the style reads. Every claim of an article cites
 * the same work (only the item's id, the paragraph and our remark differ), so
 * an article's claims share one run of citeproc per style, form and format:
 * run per claim, citeproc was a large share of a large library's build.
 */
const styled = new Map<string, string>();
const asText = new Map<string, string>();

/**
 * Stand for the item's id and the locator's value in a cached run; the real
 * ones are put back after. (A range would miss the style's en dash; the
 * companion's locators are single paragraph numbers.)
 */
const ITEM_ID = 'companion-item-id';
const LOCATOR = '8675309';

export function formatCitation(item: CslItem, style: CitationStyle, opts: FormatOptions = {}): string {
	const format = opts.format ?? 'text';
	const form = opts.form ?? 'bibliography';
	if (form === 'bibliography' && opts.locator !== undefined) {
		throw new TypeError('a locator belongs to a citation (form: "citation"), not to a bibliography entry');
	}
	const locator =
		form === 'bibliography'
			? undefined
			: (opts.locator ?? (item.custom.claim ? { label: 'paragraph' as const, locator: item.custom.claim.paragraph } : undefined));
	const { id, ...fields } = engineData(item);
	const key = JSON.stringify([style, form, locator?.label ?? null, fields]);
	let html = styled.get(key);
	if (html === undefined) {
		html = runStyle({ ...item, id: ITEM_ID }, style, 'html', form, locator && { label: locator.label, locator: LOCATOR });
		styled.set(key, html);
	}
	// citeproc's text output is its HTML output without the markup (tests/unit/cite-format.test.ts checks that
	// it stays so): one run serves both, which halves the citeproc time of a large build.
	let out = html;
	if (format === 'text') {
		// Parsing the HTML costs more than citeproc's cached run; the claims of an article share the text too.
		out = asText.get(key) ?? htmlToText(html);
		asText.set(key, out);
	}
	out = out.replaceAll(ITEM_ID, format === 'html' ? escapeUTF8(String(id)) : String(id));
	if (locator) out = out.replaceAll(LOCATOR, format === 'html' ? escapeUTF8(String(locator.locator)) : String(locator.locator));
	return out;
}

/** Text of citeproc's HTML: the tags dropped, its character references read. */
export function htmlToText(html: string): string {
	return toString(fromHtml(html, { fragment: true })).trim();
}

/** citeproc itself, one run: exported for the test that compares its text output with htmlToText of its HTML. */
export function runStyle(
	item: CslItem,
	style: CitationStyle,
	format: 'text' | 'html',
	form: 'bibliography' | 'citation',
	locator: CiteLocator | undefined,
): string {
	ensureStyles();
	const template = registeredName(style);
	const data = engineData(item);

	// citeproc's engine directly, as Citation.js's own bibliography output drives it, without the
	// Cite object and its output plugin around it: that wrapper cost three to six times the engine's time.
	const engine = plugins.config.get('@csl').engine([data], template, LOCALE, format);
	engine.opt.development_extensions.wrap_url_and_doi = format === 'html';

	if (form === 'bibliography') {
		const [id] = engine.updateItems([data.id]);
		const [, entries] = engine.makeBibliography();
		const entry = entries[0];
		if (entry === undefined || id === undefined) throw new Error(`the ${style} style produced no bibliography entry for ${item.id}`);
		// The entry names its item, as in Citation.js's output (data-csl-entry-id).
		return entry.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${id}"`).trim();
	}
	const cite = locator === undefined ? { id: data.id } : { id: data.id, locator: String(locator.locator), label: locator.label };
	const [cluster] = engine.rebuildProcessorState([{ citationItems: [cite], properties: { noteIndex: 0 } }], format, []);
	if (cluster === undefined) throw new Error(`the ${style} style produced no citation for ${item.id}`);
	return cluster[2].trim();
}

/**
 * What the styles read: the CSL fields only. `note` is left out because
 * citeproc-js reads "field: value" lines in it as data, and no style here
 * prints it; `custom` is ours.
 */
function engineData(item: CslItem): CiteItem {
	const { custom: _custom, note: _note, ...fields } = item;
	return fields;
}
