/**
 * Arriving from a search result (`?highlight=sphere of influence#p-6`): marks
 * the words in the text, and shows a chip, "Highlighting: sphere of
 * influence ✕", whose button takes the marks and the parameter away.
 *
 * What is marked is decided by highlight-match.ts (whole words, a phrase as
 * one unit, no lone function words); here it is only found in the page and
 * wrapped. Marks skip what search does not index (SEARCH_EXCLUDED, by class:
 * paragraph numbers, [sic] marks, heading links, the claim notes). They are
 * strongest in the paragraph landed on (search-highlight.css, by :target).
 * The #p-N brings the paragraph into view; a page opened without one
 * scrolls to the first match.
 *
 * Loaded by common/boot.entry.ts only when the URL has the parameter.
 */
import { SEARCH_EXCLUDED } from '../../shared/search-excluded';
import { addStylesheet, HIGHLIGHT_PARAM as PARAM } from '../common/enhancements';
import { findRanges, parseTerms, type Refusal, type Term } from './highlight-match';

const MARK = 'pagefind-highlight';
/** The blocks a phrase can run across inline elements in, never beyond. */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dd, dt, td, th';
const SKIP = ['[data-pagefind-ignore]', ...SEARCH_EXCLUDED].join(', ');

/** The text nodes of each block of the indexed text, with where each starts in the block's text. */
function blocks(): { text: string; nodes: { node: Text; start: number }[] }[] {
	const roots = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body]')];
	const byBlock = new Map<Element, { text: string; nodes: { node: Text; start: number }[] }>();
	for (const root of roots.length ? roots : [document.querySelector('main') ?? document.body]) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
		});
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const node = n as Text;
			const block = node.parentElement?.closest(BLOCK) ?? root;
			const entry = byBlock.get(block) ?? { text: '', nodes: [] };
			entry.nodes.push({ node, start: entry.text.length });
			entry.text += node.data;
			byBlock.set(block, entry);
		}
	}
	return [...byBlock.values()];
}

/** Wraps each range in <mark>s, one per text node it covers; from the end, so earlier offsets stay valid. */
function mark(terms: Term[]): HTMLElement[] {
	const marks: HTMLElement[] = [];
	for (const { text, nodes } of blocks()) {
		for (const [from, to] of findRanges(text, terms).reverse()) {
			for (const { node, start } of [...nodes].reverse()) {
				const end = start + node.data.length;
				if (end <= from || start >= to) continue;
				const range = document.createRange();
				range.setStart(node, Math.max(from, start) - start);
				range.setEnd(node, Math.min(to, end) - start);
				const m = document.createElement('mark');
				m.className = MARK;
				range.surroundContents(m);
				marks.unshift(m);
			}
		}
	}
	return marks;
}

function clear(chip: HTMLElement): void {
	for (const m of document.querySelectorAll(`mark.${MARK}`)) {
		const parent = m.parentNode;
		m.replaceWith(...m.childNodes);
		parent?.normalize();
	}
	const url = new URL(location.href);
	url.searchParams.delete(PARAM);
	history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
	chip.remove();
	// Focus was on the chip's button, now gone: back to the text, where the reader was.
	document.getElementById('main')?.focus({ preventScroll: true });
}

/** "Highlighting: sphere of influence ✕", and what was refused, as text. */
function chipFor(terms: Term[], refused: Refusal[]): HTMLElement {
	const chip = document.createElement('div');
	chip.className = 'highlight-chip';
	chip.setAttribute('role', 'region');
	chip.setAttribute('aria-label', 'Search highlighting');
	const text = document.createElement('span');
	// Each of the reader's values in its own <bdi>: a right-to-left override in one cannot run on into the site's words.
	const own = (value: string) => {
		const b = document.createElement('bdi');
		b.textContent = value;
		return b;
	};
	if (terms.length) text.append('Highlighting: ', ...terms.flatMap((t, i) => [i ? ', ' : '', own(t.label)]));
	// The reader's own values, refused, are shown as text with the reason (HighlightValue).
	if (refused.length)
		text.append(
			`${terms.length ? '; n' : 'N'}ot highlighted: `,
			...refused.flatMap((r, i) => [i ? ', ' : '', '“', own(r.value), `” (${r.why})`]),
		);
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = '✕';
	button.setAttribute('aria-label', 'Clear the highlighting');
	button.addEventListener('click', () => clear(chip));
	chip.append(text, ' ', button);
	return chip;
}

// An empty `?highlight=` names nothing: no chip, nothing marked.
const params = new URLSearchParams(location.search).getAll(PARAM).filter((v) => v.trim());
if (params.length) {
	void addStylesheet('highlight');
	const { terms, refused } = parseTerms(params);
	const marks = mark(terms);
	(document.getElementById('main') ?? document.body).append(chipFor(terms, refused));
	// With a #p-N the browser brings the paragraph into view; without one, show the first match.
	if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}
