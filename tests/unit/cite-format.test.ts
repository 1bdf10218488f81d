import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/cite/csl-types';
import { formatCitation, htmlToText, runStyle, type CitationStyle } from '../../src/cite/format';
import { articles, itemOf, claimItemOf, STYLE_IDS, FORMS, expectNoDay } from '../support/cite-items';

describe('formatCitation, Alpha (known to the month)', () => {
	const item = itemOf('alpha-2009');

	it('Chicago note', () => {
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toMatchInlineSnapshot(
			`"Ann Alpha, “Capital Pushes For Formal Ties Between UN, Bloc,” Alpha Press Service, October 2009, https://alpha.example/a/formal-ties/1001.html."`,
		);
	});

	it('Chicago bibliography', () => {
		expect(formatCitation(item, 'chicago')).toMatchInlineSnapshot(
			`"Alpha, Ann. “Capital Pushes For Formal Ties Between UN, Bloc.” Alpha Press Service, October 2009. https://alpha.example/a/formal-ties/1001.html."`,
		);
	});

	it('APA reference and in-text citation', () => {
		expect(formatCitation(item, 'apa')).toMatchInlineSnapshot(
			`"Alpha, A. (2009, October). Capital Pushes For Formal Ties Between UN, Bloc. Alpha Press Service. https://alpha.example/a/formal-ties/1001.html"`,
		);
		expect(formatCitation(item, 'apa', { form: 'citation', locator: { label: 'paragraph', locator: 5 } })).toMatchInlineSnapshot(
			`"(Alpha, 2009, para. 5)"`,
		);
	});

	it('MLA works-cited entry and in-text citation', () => {
		expect(formatCitation(item, 'mla')).toMatchInlineSnapshot(
			`"Alpha, Ann. “Capital Pushes For Formal Ties Between UN, Bloc.” Alpha Press Service, Oct. 2009, https://alpha.example/a/formal-ties/1001.html."`,
		);
		expect(formatCitation(item, 'mla', { form: 'citation', locator: { label: 'paragraph', locator: 5 } })).toMatchInlineSnapshot(
			`"(Alpha, par. 5)"`,
		);
	});

	it('HTML: a website’s name in roman in Chicago (CMOS 17: a website’s name is roman), the URL linked', () => {
		expect(formatCitation(item, 'chicago', { format: 'html' })).toBe(
			'<div data-csl-entry-id="alpha-2009" class="csl-entry">Alpha, Ann. “Capital Pushes For Formal Ties Between UN, Bloc.” Alpha Press Service, October 2009. <a href="https://alpha.example/a/formal-ties/1001.html">https://alpha.example/a/formal-ties/1001.html</a>.</div>',
		);
	});

	it('names the month in each style’s own form, and never a day', () => {
		const month: Record<CitationStyle, string> = { chicago: 'October 2009', apa: '2009, October', mla: 'Oct. 2009' };
		for (const style of STYLE_IDS) {
			const entry = formatCitation(item, style);
			expect(entry).toContain(month[style]);
			expectNoDay(entry);
			expect(entry).not.toMatch(/October 1\b|Oct\. 1\b|2009-10-01/);
		}
	});
});

describe('formatCitation, Beta (known to the year, publisher unverified, a host)', () => {
	const item = itemOf('beta-2010');

	it('Chicago note and bibliography: the year alone, nothing appended', () => {
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toBe(
			'Bea Beta, “The Meaning of UN-Bloc Ties,” Beta Wire, 2010, https://mirror.example/meaning-of-ties.',
		);
		expect(formatCitation(item, 'chicago')).toBe(
			'Beta, Bea. “The Meaning of UN-Bloc Ties.” Beta Wire, 2010. https://mirror.example/meaning-of-ties.',
		);
	});

	it('APA, and MLA with the host as its second container, before the URL', () => {
		expect(formatCitation(item, 'apa')).toBe(
			'Beta, B. (2010). The Meaning of UN-Bloc Ties. Beta Wire. https://mirror.example/meaning-of-ties',
		);
		expect(formatCitation(item, 'mla')).toBe(
			'Beta, Bea. “The Meaning of UN-Bloc Ties.” Beta Wire, 2010. mirror.example, https://mirror.example/meaning-of-ties.',
		);
	});

	it('names no month and no day, and never carries our note inside a citation', () => {
		for (const style of STYLE_IDS) {
			for (const form of FORMS) {
				const entry = formatCitation(item, style, { form });
				if (style !== 'mla' || form === 'bibliography') expect(entry).toContain('2010');
				expect(entry).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
				expectNoDay(entry);
				expect(entry).not.toMatch(/unverified|\[/);
			}
		}
		expect(formatCitation(item, 'apa', { form: 'citation' })).toBe('(Beta, 2010)');
	});
});

describe('formatCitation, every article, style and form', () => {
	for (const a of articles) {
		for (const style of STYLE_IDS) {
			for (const form of FORMS) {
				it(`${a.id}, ${style} ${form}: author, title, date; publisher where the form names it`, () => {
					const out = formatCitation(itemOf(a.id), style, { form });
					const family = a.data.author.name.split(' ').at(-1) ?? '';
					expect(out).toContain(family);
					expectNoDay(out);
					if (form === 'bibliography' || style === 'chicago') {
						// The styles may restyle a title's case (APA keeps it; Chicago and MLA title-case it).
						expect(out.toLowerCase()).toContain(a.data.title.toLowerCase());
						expect(out).toContain(a.data.organisation.name);
						expect(out).toContain(a.data.source.url);
					}
					if (style !== 'mla' || form === 'bibliography') expect(out).toContain(a.data.published.date.slice(0, 4));
				});
			}
		}
	}

	it('refuses a locator on a bibliography entry', () => {
		expect(() => formatCitation(itemOf('alpha-2009'), 'apa', { locator: { label: 'paragraph', locator: 1 } })).toThrow(/citation/);
	});
});

describe('text citations from the HTML run', () => {
	// formatCitation runs citeproc once, for HTML, and derives the text form with htmlToText.
	// That holds only while citeproc's own text output is exactly its HTML without the markup.
	const tricky = (): CslItem => {
		const item = itemOf('beta-2010');
		return { ...item, id: 'tricky', title: 'Russia & the CSTO: <Allies> “in name” — 5 > 3', 'container-title': 'A & B <Review>' };
	};
	const items = [...articles.map((a) => itemOf(a.id)), ...articles.map((a) => claimItemOf(a.id).item), tricky()];
	for (const style of STYLE_IDS) {
		for (const form of FORMS) {
			it(`${style} ${form}: citeproc's text equals its HTML without markup, for every item`, () => {
				for (const item of items) {
					const locator = form === 'citation' ? { label: 'paragraph' as const, locator: 7 } : undefined;
					expect(htmlToText(runStyle(item, style, 'html', form, locator)), item.id).toBe(runStyle(item, style, 'text', form, locator));
				}
			});
		}
	}
	it('formatCitation text has no markup and the characters themselves', () => {
		const text = formatCitation(tricky(), 'chicago', { format: 'text' });
		expect(text).toContain('Russia & the CSTO: <Allies>');
		expect(text).not.toMatch(/&#|&amp;|<\/?(i|a|div|span)\b/);
	});
});
