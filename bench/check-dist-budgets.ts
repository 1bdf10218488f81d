/** The built site's size against bench/budgets.ts, a free static host's limits: files and bytes of the large corpus, the largest page and the largest file of every build. */
import { BUDGETS } from './budgets.ts';
import type { BudgetCheck, CorpusResult } from './results.ts';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function checkDistBudgets(corpora: CorpusResult[], quick: boolean): BudgetCheck[] {
	const large = corpora.find((c) => c.articles === BUDGETS.largeCorpusArticles && c.distFiles !== undefined);
	const why = quick ? 'skipped by --quick' : `needs the ${BUDGETS.largeCorpusArticles}-article corpus`;
	const checks: BudgetCheck[] = [
		large?.distFiles !== undefined
			? {
					name: `dist: files at ${BUDGETS.largeCorpusArticles} articles`,
					limit: `≤ ${BUDGETS.largeDistFiles.toLocaleString('en')}`,
					actual: large.distFiles.toLocaleString('en'),
					status: large.distFiles <= BUDGETS.largeDistFiles ? 'pass' : 'fail',
				}
			: { name: `dist: files at ${BUDGETS.largeCorpusArticles} articles`, limit: '-', actual: '-', status: 'not measured', note: why },
		large?.distBytes !== undefined
			? {
					name: `dist: size at ${BUDGETS.largeCorpusArticles} articles`,
					limit: `≤ ${mb(BUDGETS.largeDistBytes)}`,
					actual: mb(large.distBytes),
					status: large.distBytes <= BUDGETS.largeDistBytes ? 'pass' : 'fail',
				}
			: { name: `dist: size at ${BUDGETS.largeCorpusArticles} articles`, limit: '-', actual: '-', status: 'not measured', note: why },
	];
	const measured = corpora.filter((c) => c.largestHtml);
	const over = measured.filter((c) => (c.largestHtml?.bytes ?? 0) > BUDGETS.pageBytes);
	const worst = [...measured].sort((a, b) => (b.largestHtml?.bytes ?? 0) - (a.largestHtml?.bytes ?? 0))[0];
	checks.push(
		worst?.largestHtml
			? {
					name: 'dist: largest HTML page, every corpus',
					limit: `≤ ${kib(BUDGETS.pageBytes)}`,
					actual: `${kib(worst.largestHtml.bytes)} (${worst.articles} articles, ${worst.largestHtml.path})`,
					status: over.length === 0 ? 'pass' : 'fail',
				}
			: { name: 'dist: largest HTML page, every corpus', limit: '-', actual: '-', status: 'not measured', note: 'no corpus built' },
	);
	const files = corpora.filter((c) => c.largestFile);
	const biggest = [...files].sort((a, b) => (b.largestFile?.bytes ?? 0) - (a.largestFile?.bytes ?? 0))[0];
	checks.push(
		biggest?.largestFile
			? {
					name: 'dist: largest file of any kind, every corpus',
					limit: `≤ ${mib(BUDGETS.fileBytes)}`,
					actual: `${mib(biggest.largestFile.bytes)} (${biggest.articles} articles, ${biggest.largestFile.path})`,
					status: biggest.largestFile.bytes <= BUDGETS.fileBytes ? 'pass' : 'fail',
				}
			: { name: 'dist: largest file of any kind, every corpus', limit: '-', actual: '-', status: 'not measured', note: 'no corpus built' },
	);
	return checks;
}
