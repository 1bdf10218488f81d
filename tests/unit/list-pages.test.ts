import { describe, expect, it } from 'vitest';
import type { ClaimNode } from '../../src/graph/types';
import type { ArticleId } from '../../src/shared/ids';
import { listPages, pagePath } from '../../src/site/list-pages';
import { fixtureGraph } from '../support/fixture-content';

const { claims } = fixtureGraph();
/** `n` articles' worth of the fixture's claims, each copy an article of its own. */
const library = (n: number): ClaimNode[] =>
	Array.from({ length: n }, (_, i) => claims.map((c) => ({ ...c, article: `copy${i}-2000` as ArticleId }))).flat();

describe('the claims lists in pages', () => {
	it('keeps a list that fits on one page whole', () => {
		const pages = listPages(claims);
		expect(pages).toHaveLength(1);
		expect(pages[0]?.claims).toEqual(claims);
	});

	it('splits a long list between articles, each page within the limit, every claim once and in order', () => {
		const all = library(40);
		const per = claims.length;
		const limit = per * 3 + 1;
		const pages = listPages(all, limit);
		expect(pages.length).toBe(Math.ceil(40 / 3));
		expect(pages.flatMap((p) => p.claims)).toEqual(all);
		for (const page of pages) {
			expect(page.claims.length).toBeLessThanOrEqual(limit);
			const articles = new Set(page.claims.map((c) => c.article));
			for (const other of pages.filter((p) => p !== page)) expect(other.claims.some((c) => articles.has(c.article))).toBe(false);
		}
		expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
	});

	it('gives an article longer than a page a page of its own rather than splitting it', () => {
		const pages = listPages(library(2), 1);
		expect(pages.map((p) => p.claims.length)).toEqual([claims.length, claims.length]);
	});

	it('keeps the list’s own URL for its first page', () => {
		expect(pagePath('/claims/kind/report/', 1)).toBe('/claims/kind/report/');
		expect(pagePath('/claims/kind/report/', 3)).toBe('/claims/kind/report/3/');
	});
});
