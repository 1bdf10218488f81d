/** Reads the results against bench/budgets.ts: one line per budget, pass, fail or not measured (and why). */
import { BUDGETS } from './budgets.ts';
import { checkDistBudgets } from './check-dist-budgets.ts';
import { CATEGORIES } from './lighthouse-scores.ts';
import { READING_PAGE } from './pages.ts';
import type { BudgetCheck, CorpusResult, Results } from './results.ts';
import { routeGrowth } from './route-growth.ts';
import { searchChecks } from './search-budgets.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Why the large corpus has no search numbers, with the largest corpus that has them as a pointer. */
function largeSearchNote(large: CorpusResult, siteBytes: number | undefined, corpora: CorpusResult[]): string {
	const why = !large.build.ok
		? `the ${large.articles}-article build failed`
		: (large.search?.reason ?? 'no search in the large corpus build');
	const measured = corpora.filter((c) => c.search?.status === 'ok' && c.search.firstQueryBytes !== undefined).at(-1);
	if (!measured?.search?.firstQueryBytes || !siteBytes) return why;
	return `${why}; at ${measured.articles} articles already ${(measured.search.firstQueryBytes / siteBytes).toFixed(1)}× (${kib(measured.search.firstQueryBytes)})`;
}

export function checkBudgets(r: Omit<Results, 'budgets'>): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const reading = r.pages.find((p) => p.key === READING_PAGE);

	checks.push(
		reading?.weight
			? {
					name: 'reading page: total transfer',
					limit: `≤ ${kib(BUDGETS.readingPageBytes)}`,
					actual: `${kib(reading.weight.transferBytes)} in ${reading.weight.requests} requests`,
					status: reading.weight.transferBytes <= BUDGETS.readingPageBytes ? 'pass' : 'fail',
					note: `HTML ${kib(reading.weight.byKind.html.transferBytes)}, CSS ${kib(reading.weight.byKind.css.transferBytes)}, JS ${kib(reading.weight.byKind.js.transferBytes)}`,
				}
			: {
					name: 'reading page: total transfer',
					limit: `≤ ${kib(BUDGETS.readingPageBytes)}`,
					actual: '-',
					status: 'not measured',
					note: 'reading page missing',
				},
	);

	checks.push(
		r.readingScripts
			? {
					name: 'reading page: JavaScript before interaction',
					limit: `≤ ${BUDGETS.readingPageScriptsBeforeInput} script (the theme and shortcut boot, src/scripts/common/boot.entry.ts)`,
					actual: `${r.readingScripts.count} scripts`,
					status: r.readingScripts.count <= BUDGETS.readingPageScriptsBeforeInput ? 'pass' : 'fail',
					note: r.readingScripts.scripts.map((s) => `${s.source} (${s.length} chars${s.isModule ? ', module' : ''})`).join('; '),
				}
			: {
					name: 'reading page: JavaScript before interaction',
					limit: `≤ ${BUDGETS.readingPageScriptsBeforeInput} script`,
					actual: '-',
					status: 'not measured',
				},
	);

	checks.push({
		name: 'offline: what a first visit fetches in the background',
		limit: `≤ ${kib(BUDGETS.offlinePrecacheBytes)}`,
		actual: r.offline?.status === 'ok' ? `${kib(r.offline.transferBytes ?? 0)} in ${r.offline.requests} requests` : '-',
		status: r.offline?.status !== 'ok' ? 'not measured' : (r.offline.transferBytes ?? 0) <= BUDGETS.offlinePrecacheBytes ? 'pass' : 'fail',
		...(r.offline?.status === 'ok'
			? { note: 'the service worker’s precache, from the first page until “Available offline”' }
			: { note: r.offline?.reason ?? 'not run' }),
	});

	const audited = r.pages.filter((p) => p.lighthouse);
	const below = audited.flatMap((p) =>
		CATEGORIES.filter((c) => (p.lighthouse?.scores[c] ?? 0) < BUDGETS.lighthouseMinScore).map(
			(c) => `${p.key} ${c} ${p.lighthouse?.scores[c]}`,
		),
	);
	const missing = r.pages.filter((p) => p.status === 'missing').map((p) => p.key);
	const unaudited = r.pages.filter((p) => p.status === 'ok' && !p.lighthouse).map((p) => p.key);
	checks.push({
		name: 'Lighthouse mobile, 4 categories, every page type',
		limit: `${BUDGETS.lighthouseMinScore} each`,
		actual:
			audited.length === 0
				? '-'
				: below.length === 0
					? `all ${BUDGETS.lighthouseMinScore} on ${audited.length} page types`
					: below.join(', '),
		status: audited.length === 0 ? 'not measured' : below.length > 0 || unaudited.length > 0 ? 'fail' : 'pass',
		...(missing.length || unaudited.length
			? {
					note: [missing.length ? `missing: ${missing.join(', ')}` : '', unaudited.length ? `not audited: ${unaudited.join(', ')}` : '']
						.filter(Boolean)
						.join('; '),
				}
			: {}),
	});

	checks.push(
		r.search.status === 'ok' && r.search.warmMs
			? {
					name: 'search: warm, keystroke to results (median)',
					limit: `≤ ${BUDGETS.warmSearchMs} ms`,
					actual: `${r.search.warmMs.median} ms (n=${r.search.warmMs.n})`,
					status: r.search.warmMs.median <= BUDGETS.warmSearchMs ? 'pass' : 'fail',
				}
			: {
					name: 'search: warm, keystroke to results (median)',
					limit: `≤ ${BUDGETS.warmSearchMs} ms`,
					actual: '-',
					status: 'not measured',
					note: r.search.reason ?? r.search.status,
				},
	);

	const corpora = r.scale?.corpora ?? [];
	const large = corpora.find((c) => c.articles === BUDGETS.largeCorpusArticles);
	checks.push(
		large
			? {
					name: `build: ${BUDGETS.largeCorpusArticles} articles`,
					limit: `≤ ${BUDGETS.largeBuildSeconds} s`,
					actual: large.build.ok ? `${large.build.wallSeconds.toFixed(0)} s` : `failed after ${large.build.wallSeconds.toFixed(0)} s`,
					status: large.build.ok && large.build.wallSeconds <= BUDGETS.largeBuildSeconds ? 'pass' : 'fail',
					...(large.build.failure ? { note: large.build.failure } : {}),
				}
			: {
					name: `build: ${BUDGETS.largeCorpusArticles} articles`,
					limit: `≤ ${BUDGETS.largeBuildSeconds} s`,
					actual: '-',
					status: 'not measured',
					note: r.options.quick ? 'skipped by --quick' : 'scale runs skipped',
				},
	);

	// Linear growth: the marginal cost per article when every build finished; otherwise (or as well)
	// the per-page cost of the same kind of page at the two largest sizes, which is flat when linear.
	const ratio = large?.build.ok ? r.scale?.buildGrowth?.marginalRatio : undefined;
	const pages = routeGrowth(corpora);
	const worst = [...pages].sort((x, y) => y.ratio - x.ratio)[0];
	const pageNote = pages.map((g) => `${g.group}: ${g.msPerPageFrom.toFixed(1)} → ${g.msPerPageTo.toFixed(1)} ms/page`).join('; ');
	const name = 'build: grows linearly with articles';
	if (ratio !== undefined) {
		checks.push({
			name,
			limit: `marginal cost per article ${corpora.at(-2)?.articles}→${corpora.at(-1)?.articles} ≤ ${BUDGETS.maxMarginalCostRatio}× that of ${corpora[0]?.articles}→${corpora[1]?.articles}`,
			actual: `${ratio.toFixed(2)}× (exponent ≈ ${r.scale?.buildGrowth?.exponent?.toFixed(2)})`,
			status: ratio <= BUDGETS.maxMarginalCostRatio ? 'pass' : 'fail',
			...(pageNote ? { note: pageNote } : {}),
		});
	} else if (large && worst) {
		checks.push({
			name,
			limit: `per-page cost of each route group ${worst.from}→${worst.to} articles ≤ ${BUDGETS.maxMarginalCostRatio}×`,
			actual: `${worst.ratio.toFixed(2)}× (${worst.group})`,
			status: worst.ratio <= BUDGETS.maxMarginalCostRatio ? 'pass' : 'fail',
			note: `the ${large.articles}-article build did not finish, so no marginal cost; ${pageNote}`,
		});
	} else {
		checks.push({
			name,
			limit: `≤ ${BUDGETS.maxMarginalCostRatio}×`,
			actual: '-',
			status: 'not measured',
			note: `needs the ${BUDGETS.largeCorpusArticles}-article corpus`,
		});
	}

	const siteBytes = r.search.status === 'ok' ? r.search.firstQueryBytes : undefined;
	const largeBytes = large?.search?.status === 'ok' ? large.search.firstQueryBytes : undefined;
	checks.push(
		siteBytes !== undefined && largeBytes !== undefined && siteBytes > 0
			? {
					name: `search: bytes of a first query, ${BUDGETS.largeCorpusArticles} articles vs the real site`,
					limit: `≤ ${BUDGETS.maxSearchBytesRatio}×`,
					actual: `${(largeBytes / siteBytes).toFixed(2)}× (${kib(largeBytes)} vs ${kib(siteBytes)})`,
					status: largeBytes <= BUDGETS.maxSearchBytesRatio * siteBytes ? 'pass' : 'fail',
				}
			: {
					name: `search: bytes of a first query, ${BUDGETS.largeCorpusArticles} articles vs the real site`,
					limit: `≤ ${BUDGETS.maxSearchBytesRatio}×`,
					actual: '-',
					status: 'not measured',
					note:
						r.search.status !== 'ok'
							? (r.search.reason ?? r.search.status)
							: large
								? largeSearchNote(large, siteBytes, corpora)
								: `needs the ${BUDGETS.largeCorpusArticles}-article corpus`,
				},
	);
	checks.push(...checkDistBudgets(corpora, r.options.quick));
	checks.push(...searchChecks(r));
	return checks;
}
