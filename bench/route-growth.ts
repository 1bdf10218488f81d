/**
 * Per-page cost of each route group between two corpus sizes, from Astro's
 * per-route timings. A page that costs more as the corpus grows (every claim
 * page the same size, yet slower) is the signature of work per page that is
 * proportional to the whole corpus: the build is then quadratic, and this
 * shows it even when the largest build did not finish.
 */
import type { CorpusResult } from './results.ts';

export interface RouteGrowth {
	group: string;
	from: number;
	to: number;
	msPerPageFrom: number;
	msPerPageTo: number;
	ratio: number;
}

export function routeGrowth(corpora: CorpusResult[], top = 4): RouteGrowth[] {
	const [a, b] = corpora.slice(-2);
	if (!a || !b) return [];
	return b.build.routes
		.filter((g) => g.count > 1)
		.slice(0, top)
		.flatMap((g) => {
			const before = a.build.routes.find((x) => x.group === g.group);
			if (!before || before.count === 0 || g.count === 0) return [];
			const msPerPageFrom = (before.seconds * 1000) / before.count;
			const msPerPageTo = (g.seconds * 1000) / g.count;
			return [{ group: g.group, from: a.articles, to: b.articles, msPerPageFrom, msPerPageTo, ratio: msPerPageTo / msPerPageFrom }];
		});
}
