/**
 * How a cost grows with the corpus. A build has a fixed part (start-up,
 * bundling) and a part per article, so cost ÷ articles falls as corpora grow
 * even when nothing is wrong; the marginal cost (the cost of one more article
 * between two corpus sizes) is what shows a superlinear part. If cost ≈
 * fixed + a·Nᵇ, the marginal cost grows as Nᵇ⁻¹, which gives the exponent.
 */
export interface Growth {
	/** Cost ÷ articles at each size. */
	perArticle: { articles: number; value: number }[];
	/** Cost of one more article between consecutive sizes. */
	marginal: { from: number; to: number; value: number }[];
	/** Last marginal cost ÷ first: 1 when linear. */
	marginalRatio?: number;
	/** b in cost ≈ fixed + a·Nᵇ, from the first and last marginal costs at their intervals' midpoints. */
	exponent?: number;
}

export function growth(points: { articles: number; value: number }[]): Growth {
	const sorted = [...points].sort((a, b) => a.articles - b.articles);
	const perArticle = sorted.map((p) => ({ articles: p.articles, value: p.value / p.articles }));
	const marginal = sorted.slice(1).map((p, i) => {
		const q = sorted[i] as { articles: number; value: number };
		return { from: q.articles, to: p.articles, value: (p.value - q.value) / (p.articles - q.articles) };
	});
	const out: Growth = { perArticle, marginal };
	const first = marginal[0];
	const last = marginal[marginal.length - 1];
	if (first && last && marginal.length >= 2 && first.value > 0 && last.value > 0) {
		out.marginalRatio = last.value / first.value;
		const mid = (m: { from: number; to: number }) => (m.from + m.to) / 2;
		out.exponent = 1 + Math.log(out.marginalRatio) / Math.log(mid(last) / mid(first));
	}
	return out;
}
