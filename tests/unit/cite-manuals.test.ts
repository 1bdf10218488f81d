/**
 * The two texts' citations, each written out here by hand from the style
 * manual's rule (docs/citations.md), not computed by the code under test; then
 * the rule itself checked on the output (sentence case, container order,
 * italics as HTML), and citeproc's own run of the same item as a cross-check.
 * These read the real content/: a citation a student pastes is the product.
 */
import { describe, expect, it } from 'vitest';
import { fillAccessed, mlaAccessedTemplate } from '../../src/cite/accessed';
import { Cite } from '../../src/cite/citation-js';
import { articleToCsl, claimToCsl } from '../../src/cite/csl-item';
import type { CslItem } from '../../src/cite/csl-types';
import { formatCitation, runStyle, type CitationStyle } from '../../src/cite/format';
import { readArticles } from '../../src/loaders/read-content';
import { CONTENT, ROOT } from '../support/capture';
import { article as fixtureArticle, itemOf } from '../support/cite-items';

const SITE = 'https://companion.example/';
const real = readArticles(CONTENT, ROOT);
function item(id: string): CslItem {
	const a = real.find((x) => x.id === id);
	if (a === undefined) throw new Error(`no article ${id} in content/`);
	return articleToCsl(a.id, a.data, { pageUrl: `${SITE}articles/${a.id}/` });
}

const RFERL = 'https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html';
const EURODIALOGUE = 'http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation';

/** By hand, per manual: Chicago 17 notes and bibliography, APA 7, MLA 9 (see docs/citations.md). */
const EXPECTED: Record<string, Record<'note' | 'chicago' | 'apa' | 'mla', string>> = {
	'mcdermott-2009': {
		note: `Roger McDermott, “Moscow Pushes for Formal Cooperation between UN, CSTO,” Radio Free Europe/Radio Liberty, October 2009, ${RFERL}.`,
		chicago: `McDermott, Roger. “Moscow Pushes for Formal Cooperation between UN, CSTO.” Radio Free Europe/Radio Liberty, October 2009. ${RFERL}.`,
		apa: `McDermott, R. (2009, October). Moscow pushes for formal cooperation between UN, CSTO. Radio Free Europe/Radio Liberty. ${RFERL}`,
		mla: `McDermott, Roger. “Moscow Pushes for Formal Cooperation between UN, CSTO.” Radio Free Europe/Radio Liberty, Oct. 2009, ${RFERL}.`,
	},
	'blank-2010': {
		note: `Stephen Blank, “The Implications of UN-CSTO Cooperation,” EurasiaNet, 2010, ${EURODIALOGUE}.`,
		chicago: `Blank, Stephen. “The Implications of UN-CSTO Cooperation.” EurasiaNet, 2010. ${EURODIALOGUE}.`,
		apa: `Blank, S. (2010). The implications of UN-CSTO cooperation. EurasiaNet. ${EURODIALOGUE}`,
		mla: `Blank, Stephen. “The Implications of UN-CSTO Cooperation.” EurasiaNet, 2010. eurodialogue.org, ${EURODIALOGUE}.`,
	},
};

const FORM = {
	note: ['chicago', 'citation'],
	chicago: ['chicago', 'bibliography'],
	apa: ['apa', 'bibliography'],
	mla: ['mla', 'bibliography'],
} as const;

describe('each style, each text, as its manual has it', () => {
	for (const [id, expected] of Object.entries(EXPECTED)) {
		for (const [key, text] of Object.entries(expected) as [keyof typeof FORM, string][]) {
			const [style, form] = FORM[key];
			it(`${id}, ${key}: the hand-written string, and citeproc's own run agrees`, () => {
				expect(formatCitation(item(id), style, { form })).toBe(text);
				// Cross-check: citeproc run directly on the item, outside formatCitation's shared runs and text derivation.
				expect(runStyle(item(id), style, 'text', form, undefined)).toBe(text);
			});
		}
	}

	it('APA: the title in sentence case with its proper nouns (APA 7’s sentence case), as the frontmatter writes it; the headline stays on the page', () => {
		for (const id of Object.keys(EXPECTED)) {
			const a = real.find((x) => x.id === id);
			const sentence = a?.data.titleSentenceCase ?? '';
			expect(sentence, id).not.toBe('');
			expect(formatCitation(item(id), 'apa')).toContain(`. ${sentence}. `);
			expect(item(id).custom.headline).toBe(a?.data.title);
		}
		expect(formatCitation(item('mcdermott-2009'), 'apa')).toContain('Moscow pushes for formal cooperation between UN, CSTO');
	});

	it('Chicago and MLA: headline style, with prepositions lower-cased (CMOS 17 8.159; MLA 9’s title capitalization)', () => {
		for (const style of ['chicago', 'mla'] as CitationStyle[]) {
			expect(formatCitation(item('mcdermott-2009'), style)).toContain('“Moscow Pushes for Formal Cooperation between UN, CSTO.”');
			expect(formatCitation(item('blank-2010'), style)).toContain('“The Implications of UN-CSTO Cooperation.”');
		}
	});

	it('italics as HTML: APA the article’s title, not the site; Chicago neither; MLA the site and the second container', () => {
		const html = (id: string, style: CitationStyle) => formatCitation(item(id), style, { format: 'html' });
		expect(html('mcdermott-2009', 'apa')).toContain(
			'<i>Moscow pushes for formal cooperation between UN, CSTO</i>. Radio Free Europe/Radio Liberty.',
		);
		expect(html('blank-2010', 'apa')).toContain('<i>The implications of UN-CSTO cooperation</i>. EurasiaNet.');
		for (const id of Object.keys(EXPECTED)) expect(html(id, 'chicago')).not.toContain('<i>');
		expect(html('mcdermott-2009', 'mla')).toContain('<i>Radio Free Europe/Radio Liberty</i>, Oct. 2009,');
		expect(html('blank-2010', 'mla')).toContain(
			`<i>EurasiaNet</i>, 2010. <i>eurodialogue.org</i>, <a href="${EURODIALOGUE}">${EURODIALOGUE}</a>.`,
		);
	});

	it('MLA: the host is the second container, after the first one’s date and before the URL (MLA 9’s containers)', () => {
		const mla = formatCitation(item('blank-2010'), 'mla');
		const [first, second, url] = ['EurasiaNet, 2010.', 'eurodialogue.org,', EURODIALOGUE].map((s) => mla.indexOf(s));
		expect(first).toBeGreaterThan(0);
		expect(second).toBeGreaterThan(first ?? 0);
		expect(url).toBeGreaterThan(second ?? 0);
		expect(mla.endsWith(`${EURODIALOGUE}.`)).toBe(true);
	});

	it('nothing appended: no brackets, no provenance, no permalink inside any citation', () => {
		const a = real.find((x) => x.id === 'blank-2010');
		if (a === undefined) throw new Error('no blank-2010');
		const claim = claimToCsl(
			a.id,
			a.data,
			{ id: 'x', paragraph: 4 },
			{ pageUrl: `${SITE}articles/blank-2010/`, claimUrl: `${SITE}claims/blank-2010/x/` },
		);
		for (const style of ['chicago', 'apa', 'mla'] as CitationStyle[]) {
			for (const form of ['bibliography', 'citation'] as const) {
				const out = formatCitation(claim, style, { form, format: 'html' });
				expect(out).not.toMatch(/\[|unverified|companion\.example|permalink/i);
			}
		}
		expect(formatCitation(claim, 'chicago', { form: 'citation' })).toBe(
			`Stephen Blank, “The Implications of UN-CSTO Cooperation,” EurasiaNet, 2010, para. 4, ${EURODIALOGUE}.`,
		);
		expect(formatCitation(claim, 'apa', { form: 'citation' })).toBe('(Blank, 2010, para. 4)');
		expect(formatCitation(claim, 'mla', { form: 'citation' })).toBe('(Blank, par. 4)');
	});

	it('APA cross-check: Citation.js’s own bundled APA style gives the same reference', () => {
		for (const [id, expected] of Object.entries(EXPECTED)) {
			const { custom: _c, note: _n, ...fields } = item(id);
			const out = new Cite([fields]).format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' }) as string;
			expect(out.trim(), id).toBe(expected.apa);
		}
	});
});

describe('the fixture with an unverified publisher, a host and a year-only date', () => {
	const gamma = itemOf('gamma-2010');
	it('reads as its manual has it in each style', () => {
		const url = 'https://reprints.example/un-accord-central-asia';
		expect(formatCitation(gamma, 'apa')).toBe(`Gamma, G. (2010). What the UN accord means for Central Asia. Gamma Review. ${url}`);
		expect(formatCitation(gamma, 'chicago')).toBe(`Gamma, Gus. “What the UN Accord Means for Central Asia.” Gamma Review, 2010. ${url}.`);
		expect(formatCitation(gamma, 'chicago', { form: 'citation' })).toBe(
			`Gus Gamma, “What the UN Accord Means for Central Asia,” Gamma Review, 2010, ${url}.`,
		);
		expect(formatCitation(gamma, 'mla')).toBe(
			`Gamma, Gus. “What the UN Accord Means for Central Asia.” Gamma Review, 2010. reprints.example, ${url}.`,
		);
		expect(fixtureArticle('gamma-2010').data.organisation.certainty).toBe('unverified');
		expect(gamma.custom.caveat).toBe('Publisher unverified; text as published at reprints.example.');
	});
});

describe('MLA’s access date, filled in by the reader’s browser', () => {
	const dates = [
		{ year: 2026, month: 12, day: 7 },
		{ year: 2027, month: 9, day: 1 },
		{ year: 2030, month: 5, day: 31 },
		...Array.from({ length: 12 }, (_, i) => ({ year: 2028, month: i + 1, day: 15 })),
	];
	for (const id of Object.keys(EXPECTED)) {
		it(`${id}: the filled-in entry is citeproc's own for that date, text and HTML`, () => {
			const it0 = item(id);
			const template = mlaAccessedTemplate(it0);
			for (const d of dates) {
				const dated = { ...it0, accessed: { 'date-parts': [[d.year, d.month, d.day]] as [[number, number, number]] } };
				expect(fillAccessed(template.text, template.months, d)).toBe(formatCitation(dated, 'mla'));
				expect(fillAccessed(template.html, template.months, d)).toBe(formatCitation(dated, 'mla', { format: 'html' }));
			}
		});
	}

	it('by hand: "Accessed" day, abbreviated month, year, last (MLA 9’s optional access date, months abbreviated as MLA does)', () => {
		const template = mlaAccessedTemplate(item('mcdermott-2009'));
		expect(fillAccessed(template.text, template.months, { year: 2026, month: 12, day: 7 })).toBe(
			`${EXPECTED['mcdermott-2009']?.mla} Accessed 7 Dec. 2026.`,
		);
		expect(fillAccessed(template.text, template.months, { year: 2027, month: 9, day: 1 })).toMatch(/ Accessed 1 Sept\. 2027\.$/);
		expect(fillAccessed(template.text, template.months, { year: 2027, month: 6, day: 1 })).toMatch(/ Accessed 1 June 2027\.$/);
		// Without the browser (no JavaScript), no access date at all: never the build's.
		expect(template.text.replace('{accessed}', '')).toBe(EXPECTED['mcdermott-2009']?.mla);
	});
});
