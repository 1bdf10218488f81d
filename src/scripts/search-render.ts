/**
 * Result lists, shared by the search page and the header box. Everything is
 * built as DOM nodes with text content: the reader's query is never parsed as
 * HTML. The one piece of HTML, Pagefind's excerpt (our own text, escaped by
 * Pagefind, with <mark> around matches), is parsed in an inert <template> and
 * copied over as text and <mark> elements only.
 */
import { el } from './dom';
import type { Hit } from './search-hits';
import type { Suggestion } from './search-suggest';

/** Pagefind's excerpt as text and <mark> elements; any other markup is reduced to its text. */
export function excerptNodes(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	const out = document.createDocumentFragment();
	const copy = (from: Node, to: Node) => {
		for (const child of from.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
			else if (child instanceof Element && child.localName === 'mark') to.appendChild(el('mark', undefined, child.textContent ?? ''));
			else copy(child, to);
		}
	};
	copy(template.content, out);
	return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** “12 results for “bakiev”” — the words a screen reader hears. */
export function countText(n: number, query: string, where: string): string {
	return `${plural(n, 'result')} for “${query}”${where ? ` ${where}` : ''}`;
}

function passageItem(hit: Hit): HTMLLIElement {
	const li = el('li', 'sr-item sr-passage');
	const link = el('a', 'sr-link');
	link.href = hit.href;
	const place = el('span', 'sr-place');
	if (hit.paragraph !== undefined) {
		place.append(el('span', 'visually-hidden', 'Paragraph '));
		const sign = el('span', undefined, '¶ ');
		sign.setAttribute('aria-hidden', 'true');
		place.append(sign, String(hit.paragraph));
	} else {
		place.textContent = hit.place ?? '';
	}
	link.append(place, el('span', 'sr-sep', ' · '), el('span', 'sr-title', hit.title));
	const meta = el('p', 'sr-meta');
	meta.append(el('span', 'sr-author', hit.facets.author?.[0] ?? ''));
	if (hit.section) meta.append(' · ', el('span', 'sr-section', hit.section));
	const excerpt = el('p', 'sr-excerpt');
	excerpt.append(excerptNodes(hit.excerpt));
	li.append(link, meta, excerpt);
	return li;
}

function claimItem(hit: Hit): HTMLLIElement {
	const li = el('li', 'sr-item sr-claim');
	const link = el('a', 'sr-link');
	link.href = hit.href;
	const kind = hit.facets.kind?.[0];
	if (kind) link.append(el('span', 'sr-kind', kind), el('span', 'visually-hidden', ': '));
	link.append(el('span', 'sr-title', hit.title));
	const meta = el('p', 'sr-meta');
	meta.append('Claim by ', el('span', 'sr-author', hit.facets.author?.[0] ?? ''));
	// A relayed claim says whose it is, as the claim page does ("reporting Nikolai Bordyuzha").
	const source = hit.facets.source?.[0];
	if (source) meta.append(', reporting ', el('span', 'sr-source', source));
	meta.append(' in ', el('cite', 'sr-article', hit.facets.article?.[0] ?? ''));
	const topics = hit.facets.topic ?? [];
	if (topics.length) meta.append(' · ', el('span', 'sr-topics', topics.join(', ')));
	const excerpt = el('p', 'sr-excerpt');
	excerpt.append(excerptNodes(hit.excerpt));
	li.append(link, meta, excerpt);
	return li;
}

/** Replaces the list's items with these hits. */
export function renderHits(list: HTMLElement, hits: Hit[]): void {
	list.replaceChildren(...hits.map((h) => (h.kind === 'claim' ? claimItem(h) : passageItem(h))));
}

/**
 * "Did you mean Bordyuzha or Bordyuzha’s?" into `box` (hidden when there is
 * none): each a link to the search page with the corrected query, which
 * `pick` runs in place instead. The links come first in the arrow-key order.
 */
export function renderSuggestions(
	box: HTMLElement,
	suggestions: Suggestion[],
	href: (q: string) => string,
	pick: (q: string) => void,
): void {
	box.replaceChildren();
	box.hidden = suggestions.length === 0;
	if (box.hidden) return;
	box.append('Did you mean ');
	suggestions.forEach((s, i) => {
		if (i > 0) box.append(i === suggestions.length - 1 ? ' or ' : ', ');
		const a = el('a', 'sr-suggest', s.query);
		a.href = href(s.query);
		a.addEventListener('click', (event) => {
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			pick(s.query);
		});
		box.append(a);
	});
	box.append('?');
}

/** The links the arrow keys move through, in order: suggestions, then results. */
export function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
	return [...list.querySelectorAll<HTMLAnchorElement>('a.sr-suggest, a.sr-link')];
}

/**
 * Arrow keys between the input and the result links: Down from the input
 * goes to the first result, Up from the first goes back to the input; Home
 * and End jump. Enter follows the focused link (the browser does it).
 * Returns true if it handled the key.
 */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): boolean {
	const links = resultLinks(list);
	if (links.length === 0) return false;
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	let next: HTMLElement | undefined;
	if (event.key === 'ArrowDown') next = at < 0 ? links[0] : links[Math.min(at + 1, links.length - 1)];
	else if (event.key === 'ArrowUp') next = at <= 0 ? (at === 0 ? input : undefined) : links[at - 1];
	else if (event.key === 'Home' && at >= 0) next = links[0];
	else if (event.key === 'End' && at >= 0) next = links.at(-1);
	if (!next) return false;
	event.preventDefault();
	next.focus();
	next.scrollIntoView({ block: 'nearest' });
	return true;
}
