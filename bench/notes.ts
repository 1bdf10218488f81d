/** The report's notes: what a reader of the numbers should know first, derived from the results. */
import { BUDGETS } from './budgets.ts';
import type { Results } from './results.ts';
import { routeGrowth } from './route-growth.ts';

export function deriveNotes(load: Results['load'], scale: Results['scale']): string[] {
	const notes: string[] = [];
	if (load.contention) {
		notes.push(
			`The machine was shared: 1-minute load average ${load.before} at start, mean ${load.mean}, max ${load.max} on 2 cores. Wall times and Lighthouse performance (which scales measured CPU time) are noisy; CPU seconds are the steadier measure.`,
		);
	}
	if (scale?.measuredAt) notes.push(`Scale results measured at ${scale.measuredAt}.`);
	const busy = (scale?.corpora ?? []).filter((c) => c.build.loadBefore > 1.5);
	if (busy.length) {
		notes.push(
			`Corpus builds started while other work loaded the cores (1-minute load before: ${busy.map((c) => `${c.articles} articles ${c.build.loadBefore}`).join(', ')}): compare their CPU seconds rather than wall seconds.`,
		);
	}
	const largest = scale?.corpora.at(-1);
	if (largest) {
		const routesPhase = largest.build.phases.find((p) => p.name.startsWith('generating routes'));
		const top = largest.build.routes[0];
		if (!largest.build.ok) {
			notes.push(
				`The ${largest.articles}-article build failed after ${largest.build.wallSeconds} s (exit ${largest.build.exitCode})${largest.build.failure ? `: ${largest.build.failure}` : ''}. Log: ${largest.build.logFile}.`,
			);
		}
		if (top && routesPhase) {
			notes.push(
				`At ${largest.articles} articles, generating routes took ${routesPhase.seconds} s of ${largest.build.wallSeconds} s; the largest route group is \`${top.group}\`: ${top.count} pages, ${top.seconds} s (${((top.seconds * 1000) / top.count).toFixed(1)} ms per page).`,
			);
		}
		const grown = (scale ? routeGrowth(scale.corpora) : []).filter((g) => g.ratio > BUDGETS.maxMarginalCostRatio);
		if (grown.length) {
			notes.push(
				`Pages of a fixed size got slower as the corpus grew (work per page proportional to the corpus, so a quadratic build): ${grown
					.map(
						(g) =>
							`\`${g.group}\` ${g.msPerPageFrom.toFixed(1)} → ${g.msPerPageTo.toFixed(1)} ms per page (${g.ratio.toFixed(1)}×, ${g.from} → ${g.to} articles)`,
					)
					.join('; ')}.`,
			);
		}
	}
	if (scale?.profile) {
		const topModule = scale.profile.selfByModule[0];
		const topFn = scale.profile.inclusiveInProject[0];
		if (topModule) {
			notes.push(
				`CPU profile (${scale.profile.corpus} articles): most self time in ${topModule.module} (${topModule.share}%)${topFn ? `; the project function with the most time under it: ${topFn.fn} (${topFn.share}%)` : ''}.`,
			);
		}
	}
	return notes;
}
