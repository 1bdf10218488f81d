/**
 * Result lists, shared by the search page and the header box. Everything is
 * built as DOM nodes with text content: the reader's query is never parsed as
 * HTML. The one piece of HTML, Pagefind's excerpt (our own text, escaped by
 * Pagefind, with <mark> around matches), is parsed in an inert <template> and
 * copied over as text and <mark> elements only.
 */
import { saidByParts } from '../../shared/said-by';
import { el } from '../common/dom';
import type { Hit } from './hits';
import type { Suggestion } from './suggest';
import { facetCounts, type Filters } from './state';

/** Pagefind's excerpt as text and <mark> elements; any other markup is reduced to its text. */
function excerptNodes(html: string): DocumentFragment {
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

/** A passage; `grouped` under its article's heading, it names only its place and section. */
function passageItem(hit: Hit, grouped = false): HTMLLIElement {
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
	const excerpt = el('p', 'sr-excerpt');
	excerpt.append(excerptNodes(hit.excerpt));
	if (grouped) {
		const section = hit.section && hit.place !== 'Section heading' ? hit.section : undefined;
		link.append(place);
		if (section) link.append(el('span', 'sr-sep', ' · '), el('span', 'sr-title', section));
		li.append(link, excerpt);
		return li;
	}
	link.append(place, el('span', 'sr-sep', ' · '), el('span', 'sr-title', hit.title));
	const meta = el('p', 'sr-meta');
	meta.append(el('span', 'sr-author', hit.facets.author?.[0] ?? ''));
	if (hit.section) meta.append(' · ', el('span', 'sr-section', hit.section));
	li.append(link, meta, excerpt);
	return li;
}

/**
 * Passages article by article: the article with the best passage first, its
 * title, author and date once, then its passages in the text's order.
 */
export function renderGroups(list: HTMLElement, hits: Hit[]): void {
	const groups = new Map<string, Hit[]>();
	for (const hit of hits) groups.set(hit.title, [...(groups.get(hit.title) ?? []), hit]);
	list.replaceChildren(
		...[...groups].map(([title, passages]) => {
			const li = el('li', 'sr-group');
			const first = passages[0]!;
			const meta = el('p', 'sr-meta');
			meta.append(
				[first.facets.author?.[0], first.facets.date?.[0]].filter(Boolean).join(' · '),
				` · ${passages.length === 1 ? '1 passage' : `${passages.length} passages`}`,
			);
			const inner = el('ul', 'search-results sr-group-list');
			inner.setAttribute('role', 'list');
			inner.append(...[...passages].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((h) => passageItem(h, true)));
			li.append(el('h2', 'sr-group-title', title), meta, inner);
			return li;
		}),
	);
}

function claimItem(hit: Hit): HTMLLIElement {
	const li = el('li', 'sr-item sr-claim');
	const link = el('a', 'sr-link');
	link.href = hit.href;
	const kind = hit.facets.kind?.[0];
	if (kind) link.append(el('span', 'sr-kind', kind), el('span', 'visually-hidden', ': '));
	link.append(el('span', 'sr-title', hit.title));
	const meta = el('p', 'sr-meta');
	meta.append('Claim by ');
	// A relayed claim says whose it is in the claim page's words ("McDermott, reporting Nikolai Bordyuzha").
	const source = hit.facets.source?.[0];
	for (const part of saidByParts(hit.facets.author?.[0] ?? '', source ? { name: source } : undefined))
		meta.append(part.role ? el('span', part.role === 'author' ? 'sr-author' : 'sr-source', part.text) : part.text);
	meta.append(' in ', el('cite', 'sr-article', hit.facets.article?.[0] ?? ''));
	const topics = hit.facets.topic ?? [];
	if (topics.length) meta.append(' · ', el('span', 'sr-topics', topics.join(', ')));
	const excerpt = el('p', 'sr-excerpt');
	excerpt.append(excerptNodes(hit.excerpt));
	li.append(link, meta, excerpt);
	return li;
}

/** One facet's checkboxes, each value with how many hits it would show; none when no hit has the facet. */
export function facetFieldset(key: string, label: string, hits: Hit[], filters: Filters): HTMLFieldSetElement | undefined {
	const selected = filters.get(key) ?? new Set<string>();
	const counts = facetCounts(hits, filters, key);
	if (counts.length === 0) return undefined;
	const fieldset = el('fieldset', 'search-facet');
	const ul = el('ul');
	for (const [value, n] of counts) {
		const li = el('li');
		const lab = el('label');
		const box = el('input');
		box.type = 'checkbox';
		box.dataset.facet = key;
		box.value = value;
		box.checked = selected.has(value);
		const text = el('span');
		text.append(`${value} `, el('span', 'search-facet-count', `(${n})`));
		lab.append(box, text);
		li.append(lab);
		ul.append(li);
	}
	fieldset.append(el('legend', undefined, label), ul);
	return fieldset;
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
function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
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
