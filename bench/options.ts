/**
 * Command-line options of `npm run bench -- [options]`:
 *   --quick            skip the 1,000-article corpus (10 and 100 only)
 *   --skip-scale       no synthetic corpora at all
 *   --skip-lighthouse  no Lighthouse runs
 *   --profile          CPU-profile a corpus build even when the large build is within budget
 *   --keep             keep the synthetic corpora and their builds
 *   --reuse-scale      take the scale results from the last bench/results.json instead of
 *                      rebuilding the corpora (re-measure the site in minutes, not 40)
 *   --report-only      measure nothing: re-check bench/results.json against the budgets and
 *                      rewrite results.md (after a budget or the report's format changed)
 */
export interface Options {
	quick: boolean;
	skipScale: boolean;
	skipLighthouse: boolean;
	profile: boolean;
	keep: boolean;
	reuseScale: boolean;
	reportOnly: boolean;
}

const KNOWN = ['--quick', '--skip-scale', '--skip-lighthouse', '--profile', '--keep', '--reuse-scale', '--report-only'];

export function parseOptions(argv: string[]): Options {
	const unknown = argv.filter((a) => !KNOWN.includes(a));
	if (unknown.length) {
		throw new Error(`unknown option ${unknown.join(', ')}; known: ${KNOWN.join(' ')}`);
	}
	return {
		quick: argv.includes('--quick'),
		skipScale: argv.includes('--skip-scale'),
		skipLighthouse: argv.includes('--skip-lighthouse'),
		profile: argv.includes('--profile'),
		keep: argv.includes('--keep'),
		reuseScale: argv.includes('--reuse-scale'),
		reportOnly: argv.includes('--report-only'),
	};
}
