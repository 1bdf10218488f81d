import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import type { ClaimGraph, ClaimNode } from '../graph';
import { claimSaidBy } from '../graph/attribution';
import { articleLabels } from '../graph/order';
import { CLAIM_KINDS } from '../schemas/claim';
import { articleIdFromFile } from '../shared/ids';
import type { Urls } from '../shared/urls';
import { ADDED_TO_TEXT } from '../shared/search-excluded';

/**
 * Marks each claim's quote in the text and sets its note beside the paragraph.
 * Runs after rehype-anchors, on paragraphs that hold claims:
 *
 *   <p id="p-2">…The Collective Security Treaty Organization (CSTO) hopes to sign…</p>
 *
 *   <div class="claim-block">
 *     <p id="p-2">…<mark class="claim" id="claim-un-agreement-planned">The Collective…</mark>…</p>
 *     <div class="claim-notes">   (not indexed, see ./search-excluded.ts: search indexes the claim pages)
 *       <details class="claim-note">
 *         <summary>Report <strong>McDermott, reporting Bordyuzha:</strong> The CSTO hopes…</summary>   (who speaks: relayed claims only)
 *         <div>relations as chips ("agrees · Blank ¶4", "reason for · this text ¶3"), a link to the claim page</div>
 *       </details>                                          (with JavaScript, a Copy link button is added on opening)
 *     </div>
 *   </div>
 *
 * The mark is one element even when the quote holds a [sic] mark; a quote
 * that starts or ends inside such a mark takes the whole mark.
 */
export interface RehypeClaimsOptions {
	/** The checked claim graph (read at render time, so the dev server sees edits). */
	graph: () => ClaimGraph;
	urls: Urls;
}

const ADDED = new Set<string>(ADDED_TO_TEXT);

export const rehypeClaims: Plugin<[RehypeClaimsOptions], Root> = (options) => (tree, file) => {
	const graph = options.graph();
	const article = articleIdFromFile(file.basename ?? '');
	const claims = (article && graph.claimsByArticle.get(article)) || [];
	if (claims.length === 0) return;
	tree.children = tree.children.map((node) => {
		if (node.type !== 'element' || node.tagName !== 'p') return node;
		const n = Number(/^p-(\d+)$/.exec(String(node.properties.id))?.[1]);
		const here = claims.filter((c) => c.paragraph === n);
		if (here.length === 0) return node;
		// Last first, so earlier offsets stay valid while the paragraph is rewritten.
		for (const claim of [...here].sort((a, b) => b.start - a.start)) markClaim(node, claim, file.path);
		return h('div.claim-block', [
			node,
			h(
				'div.claim-notes',
				here.map((c) => note(c, graph, options)),
			),
		]);
	});
};

function isAdded(node: ElementContent): boolean {
	return node.type === 'element' && (node.properties.className as string[] | undefined)?.some((c) => ADDED.has(c)) === true;
}

function textLength(node: ElementContent): number {
	if (node.type === 'text') return node.value.length;
	if (node.type !== 'element' || isAdded(node)) return 0;
	return node.children.reduce((sum, child) => sum + textLength(child), 0);
}

/** The author's words in a node: the text, without what the plugins add (ADDED_TO_TEXT). */
function authorText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || isAdded(node)) return '';
	return node.children.map(authorText).join('');
}

function markClaim(p: Element, claim: ClaimNode, path: string): void {
	const kids = p.children;
	const at = (offset: number, side: 'start' | 'end'): number => {
		let pos = 0;
		for (let i = 0; i < kids.length; i++) {
			const kid = kids[i] as ElementContent;
			const len = textLength(kid);
			const inside = side === 'start' ? offset < pos + len : offset <= pos + len;
			if (len > 0 && inside) {
				if (kid.type === 'text' && offset > pos && offset < pos + len) {
					kids.splice(
						i,
						1,
						{ type: 'text', value: kid.value.slice(0, offset - pos) },
						{ type: 'text', value: kid.value.slice(offset - pos) },
					);
					return side === 'start' ? i + 1 : i;
				}
				// At a boundary, or inside an element: take the whole child.
				return side === 'start' ? i : offset === pos ? i - 1 : i;
			}
			pos += len;
		}
		return kids.length - 1;
	};
	const first = at(claim.start, 'start');
	const last = at(claim.end, 'end');
	const covered = kids.slice(first, last + 1);
	const text = covered.map(authorText).join('');
	if (!text.includes(claim.text)) {
		throw new Error(`${path}: claim "${claim.id}" was checked in paragraph ${claim.paragraph} but its text is not where the graph put it.`);
	}
	kids.splice(first, covered.length, h('mark.claim', { id: `claim-${claim.id}` }, covered));
}

function note(claim: ClaimNode, graph: ClaimGraph, { urls }: RehypeClaimsOptions): Element {
	const kind = CLAIM_KINDS[claim.kind].label;
	// Topics are on the claim page: the margin holds what a reader scans for (kind, who speaks, relations), within the reading page's byte budget.
	const detail: ElementContent[] = [];
	if (claim.links.length > 0) {
		const labels = articleLabels(graph);
		detail.push(
			h(
				'ul.claim-relations',
				claim.links.map((link) => {
					const other = graph.byRef.get(link.other);
					// A step of this article's own argument names no author: the reader is in that text already.
					const where = other
						? `${link.within ? 'this text' : (labels.get(other.article) ?? other.article)} ¶${other.paragraph}`
						: link.other;
					return h('li', [
						h('span.relation', link.short),
						' · ',
						// A chip, not the other claim's summary: its preview (src/scripts/claim-previews.ts) shows that on hover or focus, and its
						// page and compare say why the two are related. Summaries here cost the reading page a third of its byte budget.
						h('a', { href: urls.claimMark(link.other) }, where),
					]);
				}),
			),
		);
	}
	detail.push(
		// The Copy link button needs JavaScript: src/scripts/boot.ts adds it when the note first opens.
		h('p.claim-actions', [h('a', { href: urls.claimPage(claim.ref) }, 'Claim page')]),
	);
	return h('details.claim-note', [
		h('summary', [
			h('span.claim-kind', kind),
			' ',
			// Only a relayed claim names who speaks: on the author's own page, the author's own need no name, and the two lines the closed note shows are kept for the summary.
			...(claim.attribution ? [h('strong.claim-who', `${claimSaidBy(graph, claim)}:`), ' '] : []),
			h('span.claim-summary', claim.summary),
		]),
		h('div', detail),
	]);
}
