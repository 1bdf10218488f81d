import type { ClaimGraph, ClaimNode, Edge, SourceArticle } from '../graph/types';
import type { RelationType } from '../schemas/claim';
import type { ArticleId, ClaimRef } from '../shared/ids';

/**
 * The claim map's layout, worked out at build time into coordinates the page
 * writes as static SVG (src/components/ClaimMap.astro). The places of the
 * nodes are not a layout engine's to choose: each article is a column and its
 * claims stand in the order of its text, so a reader follows each argument
 * down its column. A layered layout (ELK, Graphviz) would reorder them to save
 * crossings, which is the one thing the map must not do; what is left to
 * compute is where each edge runs, a curve from one box to the other (between
 * columns), or an arc on the column's outer side (two claims of one text).
 */
export const NODE_WIDTH = 280;
export const NODE_HEIGHT = 34;
const ROW = NODE_HEIGHT + 10;
/** Between two columns: room for the curves and their symbols. */
const GUTTER = 150;
/** Outside the outer columns: room for the arcs between claims of one text. */
const SIDE = 56;
const TOP = 44;
/** Characters of the summary a box shows at the map's type size (the whole of it is the link's name). */
const LABEL_CHARS = 34;

interface MapNode {
	claim: ClaimNode;
	x: number;
	y: number;
	/** What the box says: "¶4 · " and the summary, cut to fit. */
	label: string;
}

interface MapEdge {
	from: ClaimRef;
	to: ClaimRef;
	type: RelationType;
	note: string;
	/** SVG path data. */
	path: string;
	/** Where the type's symbol stands, the middle of the curve. */
	mark: { x: number; y: number };
}

interface MapColumn {
	article: SourceArticle;
	x: number;
}

export interface ClaimMap {
	width: number;
	height: number;
	columns: MapColumn[];
	/** Column by column, each in text order: the map's reading order. */
	nodes: MapNode[];
	edges: MapEdge[];
}

const cut = (text: string, n: number) =>
	text.length <= n ? text : `${text.slice(0, text.lastIndexOf(' ', n - 1)).replace(/[\s,;:.]+$/, '')}…`;

/** The map of `claims` (in graph order) and the relations among them, one column per article in the graph's order. */
export function layoutMap(graph: Pick<ClaimGraph, 'articles'>, claims: ClaimNode[], edges: Edge[]): ClaimMap {
	const ids = new Set<ArticleId>(claims.map((c) => c.article));
	const articles = graph.articles.filter((a) => ids.has(a.id));
	const columns = articles.map((article, i) => ({ article, x: SIDE + i * (NODE_WIDTH + GUTTER) }));
	const columnOf = new Map(articles.map((a, i) => [a.id, i]));
	const rows = new Map<ArticleId, number>();
	const nodes: MapNode[] = [];
	for (const { article } of columns) {
		for (const claim of claims.filter((c) => c.article === article.id)) {
			const row = rows.get(article.id) ?? 0;
			rows.set(article.id, row + 1);
			nodes.push({
				claim,
				x: columns[columnOf.get(article.id) ?? 0]?.x ?? 0,
				y: TOP + row * ROW,
				label: `¶${claim.paragraph} · ${cut(claim.summary, LABEL_CHARS)}`,
			});
		}
	}
	const at = new Map(nodes.map((n) => [n.claim.ref, n]));
	const last = columns.length - 1;
	const mapEdges: MapEdge[] = [];
	for (const e of edges) {
		const a = at.get(e.from);
		const b = at.get(e.to);
		if (!a || !b) continue;
		const ay = a.y + NODE_HEIGHT / 2;
		const by = b.y + NODE_HEIGHT / 2;
		let path: string;
		let mark: { x: number; y: number };
		if (a.x === b.x) {
			// Two claims of one text: an arc outside the column (left of the first, right of the others).
			const outward = a.x === columns[0]?.x && last > 0 ? -1 : 1;
			const edgeX = outward < 0 ? a.x : a.x + NODE_WIDTH;
			const bulge = outward * Math.min(SIDE - 6, 18 + Math.abs(by - ay) * 0.12);
			path = `M${edgeX} ${ay}C${edgeX + bulge} ${ay} ${edgeX + bulge} ${by} ${edgeX} ${by}`;
			mark = { x: edgeX + bulge * 0.75, y: (ay + by) / 2 };
		} else {
			const [l, r, ly, ry] = a.x < b.x ? [a, b, ay, by] : [b, a, by, ay];
			const x1 = l.x + NODE_WIDTH;
			const x2 = r.x;
			const dx = (x2 - x1) / 2;
			path = `M${x1} ${ly}C${x1 + dx} ${ly} ${x2 - dx} ${ry} ${x2} ${ry}`;
			mark = { x: (x1 + x2) / 2, y: (ly + ry) / 2 };
		}
		mapEdges.push({ from: e.from, to: e.to, type: e.type, note: e.note, path, mark });
	}
	const tallest = Math.max(0, ...rows.values());
	return {
		width: 2 * SIDE + columns.length * NODE_WIDTH + Math.max(0, columns.length - 1) * GUTTER,
		height: TOP + tallest * ROW + 8,
		columns,
		nodes,
		edges: mapEdges,
	};
}

/** The declared relations among `claims`, each once, read from their links (no scan of every edge). */
export function edgesAmong(claims: ClaimNode[]): Edge[] {
	const inside = new Set(claims.map((c) => c.ref));
	return claims.flatMap((c) =>
		c.links
			.filter((l) => l.direction === 'out' && inside.has(l.other))
			.map((l) => ({ from: c.ref, to: l.other, type: l.type, note: l.note })),
	);
}

/** A claim's neighbourhood: it and the claims one relation away, in graph order. */
export function neighbourhood(graph: Pick<ClaimGraph, 'byRef' | 'articles'>, claim: ClaimNode): ClaimNode[] {
	const near = new Set<ClaimRef>([claim.ref, ...claim.links.map((l) => l.other)]);
	const rank = articleRanks(graph.articles);
	return [...near]
		.map((ref) => graph.byRef.get(ref))
		.filter((c): c is ClaimNode => c !== undefined)
		.sort((a, b) => (rank.get(a.article) ?? 0) - (rank.get(b.article) ?? 0) || a.paragraph - b.paragraph || a.start - b.start);
}

/** Each article's place in the graph's order, worked out once per graph (every claim page asks). */
function articleRanks(articles: SourceArticle[]): Map<ArticleId, number> {
	let ranks = ranksOf.get(articles);
	if (!ranks) {
		ranks = new Map(articles.map((a, i) => [a.id, i]));
		ranksOf.set(articles, ranks);
	}
	return ranks;
}
const ranksOf = new WeakMap<SourceArticle[], Map<ArticleId, number>>();
