import { describe, expect, it } from 'vitest';
import { Cite } from '../../src/cite/citation-js';
import { formatCitation, runStyle, type CitationStyle } from '../../src/cite/format';
import { fillPinpoint, pinpointCitations } from '../../src/cite/pinpoint';
import { itemOf } from '../support/cite-items';

const STYLES: CitationStyle[] = ['chicago', 'apa', 'mla'];

describe('pinpoint citations of a passage', () => {
	for (const id of ['alpha-2009', 'beta-2010'] as const) {
		const item = itemOf(id);
		const pin = pinpointCitations(item);
		it(`${id}: one paragraph, filled in, is citeproc's own output for it`, () => {
			STYLES.forEach((style, i) => {
				for (const n of [1, 7, 12]) {
					const engine = formatCitation(item, style, { form: 'citation', locator: { label: 'paragraph', locator: n } });
					expect(fillPinpoint(pin.styles[i]?.one ?? '', n, n)).toBe(engine);
				}
			});
		});
		it(`${id}: a range, filled in, is citeproc's own output for it (plural label, en dash)`, () => {
			STYLES.forEach((style, i) => {
				for (const [a, b] of [
					[7, 8],
					[12, 14],
					[1, 20],
				] as const) {
					const engine = runStyle(item, style, 'text', 'citation', { label: 'paragraph', locator: `${a}-${b}` });
					const filled = fillPinpoint(pin.styles[i]?.range ?? '', a, b);
					expect(filled.startsWith(engine)).toBe(true);
					// After the citation, the same remark as a one-paragraph citation's (a Chicago note's publisher caveat).
					const one = runStyle(item, style, 'text', 'citation', { label: 'paragraph', locator: a });
					const full = formatCitation(item, style, { form: 'citation', locator: { label: 'paragraph', locator: a } });
					expect(filled.slice(engine.length)).toBe(full.slice(one.length));
					expect(filled).toMatch(/\bpar?as?\. \d+–\d+|\bpars\. \d+–\d+/);
				}
			});
		});
	}
	it('BibTeX, RIS and CSL-JSON carry the pinpoint and parse back with Citation.js', () => {
		const pin = pinpointCitations(itemOf('alpha-2009'));
		for (const text of [pin.bibtex, pin.ris, pin.csl]) {
			const [data] = new Cite(fillPinpoint(text, 7, 8)).data as unknown as { title: string; note?: string }[];
			expect(data?.title).toBe('Capital Pushes For Formal Ties Between UN, Bloc');
			expect(data?.note).toBe('paras. 7–8');
		}
		// An unverified publisher's note is kept beside the pinpoint.
		const beta = pinpointCitations(itemOf('beta-2010'));
		for (const text of [beta.bibtex, beta.ris, beta.csl]) {
			const [data] = new Cite(fillPinpoint(text, 2, 2)).data as unknown as { note?: string }[];
			expect(data?.note).toBe('Publisher unverified; text as published at mirror.example. Cited at para. 2.');
		}
	});
});
