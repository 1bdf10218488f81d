/** Small summaries of timing samples; medians, because a 2-core machine shared with builds has outliers. */
export interface Stats {
	n: number;
	median: number;
	p90: number;
	min: number;
	max: number;
}

function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export function stats(samples: number[]): Stats {
	const s = [...samples].sort((a, b) => a - b);
	const round = (x: number) => Math.round(x * 10) / 10;
	return {
		n: s.length,
		median: round(quantile(s, 0.5)),
		p90: round(quantile(s, 0.9)),
		min: round(s[0] ?? Number.NaN),
		max: round(s[s.length - 1] ?? Number.NaN),
	};
}
