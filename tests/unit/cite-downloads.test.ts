/**
 * What a reference manager imports from each download (Citation.js standing
 * in for Zotero's importers): an article's file is exactly one record, with
 * the fields written out here by hand; its claims' file one record per claim.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '../../src/cite/citation-js';
import { DOWNLOADS, downloadKeys, downloadPath, downloadText, parseDownloadKey } from '../../src/exports/cite-items';
import { graph, SITE, urls } from '../support/cite-items';

interface Imported {
	id: string;
	type: string;
	title: string;
	author: { family: string; given: string }[];
	'container-title'?: string;
	issued: { 'date-parts': number[][] };
	URL: string;
	note?: string;
}

const site = new URL(SITE);
const read = (key: string, ext: (typeof DOWNLOADS)[number]['ext']) =>
	new Cite(downloadText(graph, key, ext, site, urls)).data as unknown as Imported[];

const EXPECTED = {
	'alpha-2009': {
		title: 'Capital Pushes For Formal Ties Between UN, Bloc',
		author: [{ family: 'Alpha', given: 'Ann' }],
		'container-title': 'Alpha Press Service',
		issued: { 'date-parts': [[2009, 10]] },
		URL: 'https://alpha.example/a/formal-ties/1001.html',
	},
	'beta-2010': {
		title: 'The Meaning of UN-Bloc Ties',
		author: [{ family: 'Beta', given: 'Bea' }],
		'container-title': 'Beta Wire',
		issued: { 'date-parts': [[2010]] },
		URL: 'https://mirror.example/meaning-of-ties',
		note: 'Publisher unverified; text as published at mirror.example.',
	},
};

describe('citation downloads, as a reference manager imports them', () => {
	for (const [id, expected] of Object.entries(EXPECTED)) {
		for (const { ext } of DOWNLOADS) {
			it(`${id}.${ext}: exactly one record, the article, with author, title, container, date at its precision and URL`, () => {
				const records = read(id, ext);
				expect(records).toHaveLength(1);
				const [record] = records;
				expect(record?.id).toBe(id);
				expect(record?.type).toBe('webpage');
				expect(record).toMatchObject(expected);
			});

			it(`${id}.claims.${ext}: one record per claim, each the article cited for one claim`, () => {
				const claims = graph.claims.filter((c) => c.article === id);
				const records = read(`${id}.claims`, ext);
				expect(records.map((r) => r.title)).toEqual(claims.map(() => expected.title));
				expect(records.map((r) => r.issued)).toEqual(claims.map(() => expected.issued));
				records.forEach((r, i) => {
					const claim = claims[i];
					expect(r.note).toContain(`Cited for the claim in paragraph ${claim?.paragraph}`);
					expect(r.note).toContain(`${SITE}claims/${claim?.ref}/`);
				});
			});
		}
	}

	it('offers each article and, when it has claims, its claims; paths never take an old per-claim shape', () => {
		expect(downloadKeys(graph)).toEqual(['alpha-2009', 'alpha-2009.claims', 'beta-2010', 'beta-2010.claims']);
		expect(parseDownloadKey('alpha-2009.claims')).toEqual({ article: 'alpha-2009', part: 'claims' });
		expect(downloadPath('alpha-2009', 'bib')).toBe('cite/alpha-2009.bib');
		expect(downloadPath('alpha-2009', 'ris', 'claims')).toBe('cite/alpha-2009.claims.ris');
	});
});
