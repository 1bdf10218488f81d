/**
 * The DOM half of anchoring a reader's passage (the pure half is
 * src/shared/passage-quote.ts): the numbered paragraphs of a reading page,
 * their text as the author wrote it (without what the site adds:
 * ADDED_TO_TEXT), and the conversion between a DOM Range and offsets into a
 * passage's text, which starts at its first paragraph and runs on through the
 * later ones, one "\n" between each.
 */
import { ADDED_TO_TEXT } from '../../shared/search-excluded';
import type { Span } from '../../shared/passage-quote';

// The paragraph's "Note on paragraph N" button (notes/reader-notes.entry.ts) is ours too.
const ADDED = [...ADDED_TO_TEXT, 'reader-para'].map((c) => `.${c}`).join(',');

/**
 * The reading page's numbered paragraphs, in order (empty on any other page):
 * the text's own children, not a search of the whole page, which thousands of
 * the reader's notes would make long, and this is asked once per note drawn.
 */
export const paragraphs = (): HTMLElement[] =>
	[...(document.querySelector('.reading .prose')?.children ?? [])].filter(
		(p): p is HTMLElement => p instanceof HTMLParagraphElement && p.id.startsWith('p-'),
	);

export const paragraphNumber = (p: Element): number => Number(p.id.slice(2));

/** The author's text nodes of a paragraph, in order. */
function textNodes(p: Element): Text[] {
	const out: Text[] = [];
	const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) => (n.parentElement?.closest(ADDED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
	return out;
}

// A line break inside a paragraph (a soft break in the Markdown) reads as a space: "\n" only separates paragraphs.
const paragraphText = (p: Element): string =>
	textNodes(p)
		.map((t) => t.data)
		.join('')
		.replace(/\n/g, ' ');

/** The paragraphs from `first` on, without their text: what finding a range needs, note after note. */
function paragraphsFrom(first: HTMLElement): HTMLElement[] {
	const all = paragraphs();
	return all.slice(all.indexOf(first));
}

/** The paragraphs from `first` on, and their text joined as a passage's text is. */
export function passageText(first: HTMLElement): { paras: HTMLElement[]; text: string } {
	const all = paragraphs();
	const paras = all.slice(all.indexOf(first));
	return { paras, text: paras.map(paragraphText).join('\n') };
}

/** The offset of a DOM point into its paragraph's author text. */
function offsetIn(p: Element, node: Node, offset: number): number {
	const upTo = document.createRange();
	upTo.setStart(p, 0);
	upTo.setEnd(node, offset);
	let n = 0;
	for (const t of textNodes(p)) {
		if (t === node) return n + offset;
		// A text node wholly before the point counts whole; the first one after it ends the count.
		if (upTo.comparePoint(t, t.length) > 0) break;
		n += t.length;
	}
	return n;
}

/** The paragraphs a range starts and ends in, and its span in the passage's text; undefined outside the text. */
export function rangeToPassage(range: Range): { first: HTMLElement; last: HTMLElement; span: Span; text: string } | undefined {
	const para = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('.reading .prose > p[id^="p-"]');
	const first = para(range.startContainer);
	const last = para(range.endContainer);
	if (!first || !last) return undefined;
	const { paras, text } = passageText(first);
	const lastAt = paras.indexOf(last);
	if (lastAt < 0) return undefined;
	const before = paras.slice(0, lastAt).reduce((sum, p) => sum + paragraphText(p).length + 1, 0);
	let start = offsetIn(first, range.startContainer, range.startOffset);
	let end = before + offsetIn(last, range.endContainer, range.endOffset);
	// Trim white space at the edges, as a reader means the words.
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	if (end <= start) return undefined;
	return { first, last, span: { start, end }, text };
}

/** A DOM range for the span of the passage text starting at `first`. */
export function passageToRange(first: HTMLElement, span: Span): Range | undefined {
	const paras = paragraphsFrom(first);
	const points: { node: Text; at: number }[] = [];
	let base = 0;
	const want = [span.start, span.end];
	for (const p of paras) {
		for (const t of textNodes(p)) {
			while (points.length < 2 && (want[points.length] ?? 0) <= base + t.length) {
				const at = (want[points.length] ?? 0) - base;
				// A start at the very end of a node belongs to the next one.
				if (points.length === 0 && at === t.length) break;
				points.push({ node: t, at });
			}
			base += t.length;
		}
		base += 1;
		if (points.length === 2) break;
	}
	const [a, b] = points;
	if (!a || !b) return undefined;
	const range = document.createRange();
	range.setStart(a.node, a.at);
	range.setEnd(b.node, b.at);
	return range;
}

/** The range cut into one range per author text node it covers: what is painted (never the site's notes between). */
export function authorRanges(range: Range, first: HTMLElement): Range[] {
	const out: Range[] = [];
	for (const p of paragraphsFrom(first)) {
		if (!range.intersectsNode(p)) {
			if (out.length) break;
			continue;
		}
		for (const t of textNodes(p)) {
			if (!range.intersectsNode(t)) continue;
			const r = document.createRange();
			r.selectNodeContents(t);
			if (t === range.startContainer) r.setStart(t, range.startOffset);
			if (t === range.endContainer) r.setEnd(t, range.endOffset);
			if (!r.collapsed) out.push(r);
		}
	}
	return out;
}
