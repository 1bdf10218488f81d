import type { APIRoute } from 'astro';
import { getClaimGraph } from '../graph';
import { getEntityIndex } from '../graph/entities';
import { readPairs } from '../site/parallel-pages';
import { buildXml } from '../site/xml';
import { urls } from '../site/site';
import { CLAIM_KINDS, type ClaimKind } from '../schemas/claim';
import { bySource, saidOf } from '../graph/said';
import type { ClaimNode } from '../graph/types';
import { claimPages, pagePath } from '../site/claim-pages';
import { comparePairs, comparesByPair, pairGraphs, PAIRS_PER_PAGE } from '../site/compare-pairs';
import { CARDS_MAX } from '../site/articles';
import { publicationYears } from '../site/timeline-years';

/**
 * `/sitemap.xml` (sitemaps.org 0.9): every public page, as absolute URLs
 * under the site's URL and base path; not the 404 page, not data files.
 *
 * Pages without parameters are found by their files in src/pages, so a new
 * page is listed without touching this file; pages with parameters are listed
 * from the same data their getStaticPaths read (articles, claims, kinds).
 * tests/e2e/deploy.spec.ts checks the list against the built pages.
 * (@astrojs/sitemap would write sitemap-index.xml and sitemap-0.xml instead.)
 */
export const prerender = true;

const pageFiles = Object.keys(import.meta.glob('./**/*.astro'));

/**
 * `./claims/index.astro` → `claims/`; `./about.astro` → `about/`; undefined for routes with parameters, the 404 page
 * and the offline page (what the service worker answers for a page not saved), which no reader opens by a link.
 */
function staticPagePath(file: string): string | undefined {
	const route = file.replace(/^\.\//, '').replace(/\.astro$/, '');
	if (route.includes('[') || /(^|\/)(404|500|offline)$/.test(route) || route.split('/').some((s) => s.startsWith('_'))) return undefined;
	const path = route.replace(/(^|\/)index$/, '');
	return path === '' ? '' : `${path}/`;
}

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('the sitemap needs an absolute site URL: set SITE');
	const graph = getClaimGraph();
	// Each page of a claims list (src/site/claim-pages.ts): one, for a list that fits.
	const pagesOf = (first: string, claims: ClaimNode[]) => claimPages(claims).map((p) => pagePath(first, p.number));
	const pairPages = Math.max(1, Math.ceil(comparePairs(graph).length / PAIRS_PER_PAGE));
	const paths = [
		...pageFiles
			.map(staticPagePath)
			.filter((p): p is string => p !== undefined)
			.map((p) => urls.path(p)),
		...graph.articles.map((a) => urls.article(a.id)),
		...pagesOf(urls.claimsIndex(), graph.claims),
		...pagesOf(
			urls.claimsRelated(),
			graph.claims.filter((c) => c.links.length > 0),
		),
		...(Object.keys(CLAIM_KINDS) as ClaimKind[]).flatMap((k) =>
			pagesOf(
				urls.claimsKind(k),
				graph.claims.filter((c) => c.kind === k),
			),
		),
		...pagesOf(
			urls.claimsSaid('author'),
			graph.claims.filter((c) => saidOf(c) === 'author'),
		),
		...pagesOf(
			urls.claimsSaid('reported'),
			bySource(graph.claims).flatMap((g) => g.claims),
		),
		...graph.topics.flatMap((t) =>
			pagesOf(
				urls.topic(t.id),
				graph.claims.filter((c) => c.topics.includes(t.id)),
			),
		),
		...Array.from({ length: comparesByPair(graph) ? pairPages : 1 }, (_, i) => pagePath(urls.compare(), i + 1)),
		...comparePairs(graph).map((p) => urls.comparePair(p.left, p.right)),
		...(graph.articles.length === 2 ? [] : pairGraphs(graph).map((p) => urls.map(p.left, p.right))),
		// A claim's own page, or in a large library its article's claims page (CLAIM_PAGES_MAX): pages, not sections.
		...(urls.claimsGrouped() ? graph.articles.map((a) => urls.articleClaims(a.id)) : graph.claims.map((c) => urls.claimPage(c.ref))),
		...readPairs(graph).map((p) => urls.parallel(p.left, p.right)),
		...graph.articles.map((a) => urls.articleNames(a.id)),
		...getEntityIndex().entities.map((e) => urls.entity(e.id)),
		...(graph.articles.length > CARDS_MAX ? [...publicationYears(graph.articles).keys()].map((y) => urls.timelineYear(y)) : []),
	];
	const locs = [...new Set(paths.map((p) => new URL(p, site).href))].sort();
	const xml = buildXml({
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: locs.map((loc) => ({ loc })) },
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
