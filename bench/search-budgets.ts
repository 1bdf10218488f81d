/**
 * The search budgets read at the large corpus and the did-you-mean budgets
 * (issue 15), kept apart from check-budgets.ts so each measure's checks sit
 * with it: warm and cold keystroke-to-results at `largeCorpusArticles`, the
 * suggestion for a misspelt word (warm) and its vocabulary bytes.
 */
import { BUDGETS } from './budgets.ts';
import type { BudgetCheck, Results } from './results.ts';
import type { SuggestResult } from './search-suggest-latency.ts';

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

function check(
	name: string,
	limit: string,
	value: number | undefined,
	max: number,
	actual: (v: number) => string,
	why: string,
): BudgetCheck {
	return value === undefined
		? { name, limit, actual: '-', status: 'not measured', note: why }
		: { name, limit, actual: actual(value), status: value <= max ? 'pass' : 'fail' };
}

/** Where suggestions were measured, the largest corpus first, else the real site. */
function suggestChecks(where: string, s: SuggestResult | undefined, why: string): BudgetCheck[] {
	const ok = s?.status === 'ok' ? s : undefined;
	return [
		check(
			`search: did-you-mean, warm, keystroke to suggestion (median), ${where}`,
			`≤ ${BUDGETS.suggestionMs} ms`,
			ok?.warmMs?.median,
			BUDGETS.suggestionMs,
			(v) => `${v} ms (n=${ok?.warmMs?.n}, ${ok?.misses.length} without a suggestion)`,
			s ? `${s.status}: ${s.misses.join(', ')}` : why,
		),
		check(
			`search: did-you-mean, vocabulary bytes of one misspelt query (max), ${where}`,
			`≤ ${kib(BUDGETS.suggestionVocabularyBytes)}`,
			ok?.vocabularyBytes?.max,
			BUDGETS.suggestionVocabularyBytes,
			(v) => `${kib(v)} (median ${kib(ok?.vocabularyBytes?.median ?? 0)})`,
			s ? s.status : why,
		),
	];
}

export function searchChecks(r: Omit<Results, 'budgets'>): BudgetCheck[] {
	const large = r.scale?.corpora.find((c) => c.articles === BUDGETS.largeCorpusArticles);
	const at = `${BUDGETS.largeCorpusArticles} articles`;
	const why = large ? (large.search?.reason ?? large.search?.status ?? 'no search measured') : `needs the ${at} corpus`;
	const search = large?.search?.status === 'ok' ? large.search : undefined;
	return [
		check(
			`search: warm, keystroke to results (median), ${at}`,
			`≤ ${BUDGETS.warmSearchMs} ms`,
			search?.warmMs?.median,
			BUDGETS.warmSearchMs,
			(v) => `${v} ms (n=${search?.warmMs?.n})`,
			why,
		),
		check(
			`search: cold first query, keystroke to results (median), ${at}`,
			`≤ ${BUDGETS.largeColdSearchMs} ms`,
			search?.coldMs?.median,
			BUDGETS.largeColdSearchMs,
			(v) => `${v} ms (n=${search?.coldMs?.n})`,
			why,
		),
		...suggestChecks('real site', r.suggest, 'not measured'),
		...suggestChecks(at, large?.suggest, why),
	];
}
