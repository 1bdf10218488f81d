/** The cite tests' items: the fixture articles (tests/fixtures/content) as CSL, for each article and for its first claim. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { articleToCsl, claimToCsl } from '../../src/cite/csl-item';
import type { CslItem } from '../../src/cite/csl-types';
import type { CitationStyle } from '../../src/cite/format';
import { buildClaimGraph } from '../../src/graph/build';
import { readArticles, readTopics } from '../../src/loaders/read-content';
import type { SourceArticle } from '../../src/graph/types';
import { makeUrls } from '../../src/shared/urls';
import { ROOT } from './capture';
import { FIXTURE_CONTENT as CONTENT } from './fixture-content';

export const SITE = 'https://companion.example/';
export const abs = (path: string) => new URL(path, SITE).href;

function site(dir: string) {
	const articles = readArticles(dir, ROOT);
	const { topics, file } = readTopics(dir, ROOT);
	return { articles, graph: buildClaimGraph(articles, topics, file) };
}

/** The fixture site's articles (tests/fixtures/content). */
export const { articles, graph } = site(CONTENT);

/**
 * One more, in a fixture site of its own (tests/fixtures/sites/unverified-year):
 * publisher unverified, a host, a date known to the year, a sentence-case title.
 */
const UNVERIFIED_YEAR = join(ROOT, 'tests', 'fixtures', 'sites', 'unverified-year');
const gammaSite = site(UNVERIFIED_YEAR);
const allArticles = [...articles, ...gammaSite.articles];
export const urls = makeUrls('/', graph.plan);

export function article(id: string): SourceArticle {
	const found = allArticles.find((a) => a.id === id);
	if (found === undefined) throw new Error(`no article ${id}`);
	return found;
}

export function itemOf(id: string): CslItem {
	const a = article(id);
	return articleToCsl(a.id, a.data, { pageUrl: abs(urls.article(a.id)) });
}

/** The first claim of an article, as the graph places it. */
export function claimItemOf(id: string) {
	const a = article(id);
	const claim = [...graph.claims, ...gammaSite.graph.claims].find((c) => c.article === a.id);
	if (claim === undefined) throw new Error(`no claim in ${id}`);
	const permalink = abs(urls.claimPage(claim.ref));
	return { claim, permalink, item: claimToCsl(a.id, a.data, claim, { pageUrl: abs(urls.article(a.id)), claimUrl: permalink }) };
}

export const STYLE_IDS: CitationStyle[] = ['chicago', 'apa', 'mla'];
export const FORMS = ['bibliography', 'citation'] as const;

/** Any sign of a day of the month, in the forms the styles and exports could write one. */
const DAY_PATTERNS = [
	/\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b(?!\d)/,
	/\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{4}/,
	/\b(?:2009|2010)-\d{2}-\d{2}\b/,
	/\b(?:2009|2010)\/\d{1,2}\/\d{1,2}\b/,
];

export function expectNoDay(s: string): void {
	for (const pattern of DAY_PATTERNS) expect(s).not.toMatch(pattern);
}
