import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import type { ClaimGraph, ClaimNode } from '../graph';
import { claimSaidBy } from '../graph/said';
import { linkOwner } from '../graph/order';
import { CLAIM_KINDS } from '../schemas/claim';
import { articleIdFromFile } from '../shared/ids';
import { makeUrls, type Urls } from '../shared/urls';
import { ADDED_TO_TEXT } from '../shared/search-excluded';

/**
 * Marks each claim's quote in the text and, for a claim related to another
 * text, sets its note in the margin. Runs after rehype-anchors, on paragraphs
 * that hold claims:
 *
 *   <p id="p-2">…The Collective Security Treaty Organization (CSTO) hopes to sign…</p>
 *
 *   <p id="p-2">…<mark class="claim across" id="claim-un-agreement-planned">The Collective…</mark>…
 *     <mark class="claim" id="claim-…" title="Report · McDermott, reporting Bordyuzha">…</mark>…
 *     <span class="claim-notes">                       (in the margin from 60rem, level with the paragraph; not indexed, see search-excluded.ts)
 *       <span class="claim-note">
 *         <span class="claim-links"><span>outcome in · <a href="/articles/blank-2010/#claim-…">Blank ¶1</a></span></span>
 *         <label><input type="checkbox"><b>Report</b> McDermott, reporting Bordyuzha</label>   (kind and speaker shown on hover or focus)
 *         <a href="/claims/…/">Claim page</a>   (with JavaScript: shown when ticked, after our summary and the relations' notes)
 *       </span></span></p>
 *   <details class="claim-fold"><summary>1 claim related to Blank</summary><ol><li>…</li></ol></details>   (below 60rem)
 *
 * Only a claim related to another text gets a letter and a note: the margin
 * carries the comparison, and a step of the same text's argument ("this
 * text ¶6") is left to the claim page. The other claims stay marks (their
 * permalinks, claim pages and search still work), their kind and speaker in
 * the mark's title. The notes come after the paragraph's last word, so a
 * screen reader hears the author's sentence whole before our note, and a
 * copied passage holds no note; placed together level with the paragraph,
 * they never drift beside the next one. The letters (a, b, c…) that tie a
 * mark to its note are CSS counters: no bytes in the page.
 *
 * The mark is one element even when the quote holds a [sic] mark; a quote
 * that starts or ends inside such a mark takes the whole mark.
 */
export interface RehypeClaimsOptions {
	/** The checked claim graph (read at render time, so the dev server sees edits). */
	graph: () => ClaimGraph;
	/** The deployment's base path; the claims' URLs follow from it and the graph's plan (src/shared/library-plan.ts). */
	base: string;
}

/** What the notes are built with: the URLs of this graph's claims. */
interface NoteContext {
	urls: Urls;
}

const ADDED = new Set<string>(ADDED_TO_TEXT);

/** What hastscript takes as children: elements, and strings it makes text of. */
type Child = Element | string;

export const rehypeClaims: Plugin<[RehypeClaimsOptions], Root> = (options) => (tree, file) => {
	const graph = options.graph();
	const context: NoteContext = { urls: makeUrls(options.base, graph.plan) };
	const article = articleIdFromFile(file.basename ?? '');
	const claims = (article && graph.claimsByArticle.get(article)) || [];
	if (claims.length === 0) return;
	tree.children = tree.children
		.map((node) => {
			if (node.type !== 'element' || node.tagName !== 'p') return node;
			const n = Number(/^p-(\d+)$/.exec(String(node.properties.id))?.[1]);
			const here = claims.filter((c) => c.paragraph === n);
			if (here.length === 0) return node;
			// Last first, so earlier offsets stay valid while the paragraph is rewritten.
			for (const claim of [...here].sort((a, b) => b.start - a.start)) markClaim(node, claim, file.path, graph);
			const across = here.filter(isAcross);
			if (across.length === 0) return node;
			node.children.push(
				h(
					'span.claim-notes',
					across.map((c) => note(c, graph, context)),
				),
			);
			return [node, fold(across, graph, context)];
		})
		.flat();
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

/** Related to another text: the claims the margin speaks for. */
const isAcross = (claim: ClaimNode): boolean => claim.links.some((l) => !l.within);

function markClaim(p: Element, claim: ClaimNode, path: string, graph: ClaimGraph): void {
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
	// A claim without a note says its kind and speaker on hover; its note says them for one with.
	const props = isAcross(claim)
		? { id: `claim-${claim.id}`, className: ['claim', 'across'] }
		: { id: `claim-${claim.id}`, className: ['claim'], title: kindLine(claim, graph) };
	kids.splice(first, covered.length, h('mark', props, covered));
}

/** "Report · McDermott, reporting Bordyuzha": a mark's title. */
function kindLine(claim: ClaimNode, graph: ClaimGraph): string {
	const kind = CLAIM_KINDS[claim.kind].label;
	return claim.attribution ? `${kind} · ${claimSaidBy(graph, claim)}` : kind;
}

/** Kind, and who speaks in a relayed claim: shown on hover or focus, and on the claim page. */
function head(claim: ClaimNode, graph: ClaimGraph): Child[] {
	// On the author's own page the author's own claims need no name.
	return [h('b', CLAIM_KINDS[claim.kind].label), ...(claim.attribution ? [' ', claimSaidBy(graph, claim)] : [])];
}

/**
 * The relations to other texts as chips, one per type and text: "agrees · Blank ¶4, Blank ¶6", each link
 * saying whose paragraph it is. Not the other claims' summaries (the preview, src/scripts/claims/previews.ts,
 * shows those), so a note stays a line or two; relations within the text are on the claim page.
 */
function relationChips(claim: ClaimNode, graph: ClaimGraph, { urls }: NoteContext): Child[] {
	const chips = new Map<string, Child[]>();
	for (const link of claim.links) {
		if (link.within) continue;
		const other = graph.byRef.get(link.other);
		const who = other ? linkOwner(graph, link, other) : link.other;
		const key = `${link.short} ${who}`;
		const a = h('a', { href: urls.claimMark(link.other) }, `${who} ${other ? `¶${other.paragraph}` : ''}`.trim());
		const chip = chips.get(key);
		if (chip) chip.push(', ', a);
		else chips.set(key, [`${link.short} · `, a]);
	}
	if (chips.size === 0) return [];
	return [
		h(
			'span.claim-links',
			[...chips.values()].flatMap((c, i) => (i === 0 ? [h('span', c)] : [' · ', h('span', c)])),
		),
	];
}

function note(claim: ClaimNode, graph: ClaimGraph, options: NoteContext): Element {
	return h('span.claim-note', [
		...relationChips(claim, graph, options),
		' ',
		// The box inside its label, not tied by id: three more copies of every claim id cost the page 400 bytes.
		h('label', [h('input', { type: 'checkbox' }), h('span', head(claim, graph))]),
		// Ticking the box adds our summary and each relation's note before this link (src/scripts/claims/claim-notes.ts, from
		// /claims/<article>.json): in the page they would cost a tenth of its byte budget, and the claim page has them without JavaScript.
		' ',
		h('a', { href: options.urls.claimPage(claim.ref) }, 'Claim page'),
	]);
}

/** Below 60rem the margin is gone: a paragraph's notes fold into one disclosure after it, the summaries left to the claim pages. */
function fold(claims: ClaimNode[], graph: ClaimGraph, options: NoteContext): Element {
	const n = claims.length;
	return h('details.claim-fold', [
		h('summary', `${n} related ${n === 1 ? 'claim' : 'claims'}`),
		h(
			'ol',
			claims.map((c) =>
				h('li', [
					// The kind and speaker are the claim page's, a tap away: a phone has no hover, and the page no bytes to spare.
					...relationChips(c, graph, options),
					' ',
					h('a', { href: options.urls.claimPage(c.ref) }, 'Claim page'),
				]),
			),
		),
	]);
}
