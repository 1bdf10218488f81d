/**
 * Draws the reader's annotations on a reading page:
 * - the words, with the CSS Custom Highlight API (`::highlight(reader-…)` in
 *   notes.css), which paints ranges without touching the page's HTML, so the
 *   paragraph anchors, text fragments and search marks keep working; each
 *   category has its own underline as well as its colour. A browser without
 *   the API still lists the notes beside the text;
 * - the notes, after the paragraph each passage starts in: category (symbol
 *   and word), the words, the note, Edit and Delete; all set as text;
 * - the orphans, whose words are no longer in the text, listed after the
 *   text with their quote and note, never dropped.
 * A redraw keeps every note whose editor is open, with the reader's unsaved
 * text, and works through many notes in batches, so the page stays usable.
 */
import { articleOf, CATEGORIES, categoryOf, noteOf, paragraphOf, type Annotation, type Category } from '../../shared/annotation';
import { locateQuote } from '../../shared/passage-quote';
import { BASE } from '../common/enhancements';
import { el } from '../common/dom';
import { authorRanges, passageText, passageToRange } from '../reading/passage-dom';

interface Anchored {
	annotation: Annotation;
	range: Range;
	first: HTMLElement;
}
type Drawn = Anchored & { painted: Range[] };

/**
 * This page's article id, from its canonical address, not the path it was
 * reached by (`…/index.html`, `%2D`, `//` are the same page); '' off a reading page.
 */
export function pageArticle(): string {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	return /\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(canonical ? new URL(canonical).pathname : '')?.[1] ?? '';
}

/** This site's address of an article's reading page: where its notes are kept and linked to, whatever a file said. */
export const readingPage = (article: string): string => `${location.origin}${BASE}articles/${article}/`;

/** Where an annotation of this page is now, or undefined when its words are gone; `texts` keeps each paragraph's passage text for the next. */
function anchor(a: Annotation, texts = new Map<HTMLElement, string>()): Anchored | undefined {
	const first = document.getElementById(a.target.selector.value);
	if (!first?.matches('.reading .prose > p')) return undefined;
	const [quote, position] = a.target.selector.refinedBy;
	let text = texts.get(first);
	if (text === undefined) texts.set(first, (text = passageText(first).text));
	const span = locateQuote(text, quote, position);
	const range = span && passageToRange(first, span);
	return range ? { annotation: a, range, first } : undefined;
}

const highlights = (): HighlightRegistry | undefined => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined);

/** Marks one range as the landing of a shared link. */
export function markPassage(range: Range, first: HTMLElement): void {
	highlights()?.set('reader-passage', new Highlight(...authorRanges(range, first)));
}

export interface NoteActions {
	edit: (a: Annotation, note: HTMLElement) => void;
	remove: (a: Annotation) => void;
}

/** One note as shown beside the text and in the orphans list. */
function noteCard(a: Annotation, actions: NoteActions): HTMLElement {
	const category: Category = categoryOf(a);
	const card = el('aside', `reader-note reader-${category}`);
	card.dataset.id = a.id;
	card.dataset.modified = a.modified;
	card.setAttribute('aria-label', `Your ${CATEGORIES[category].label.toLowerCase()}`);
	const head = el('p', 'reader-note-head');
	head.append(el('span', 'reader-symbol', CATEGORIES[category].symbol), ` ${CATEGORIES[category].label}`);
	card.append(head, el('blockquote', 'reader-quote', a.target.selector.refinedBy[0].exact));
	const note = noteOf(a);
	if (note) card.append(el('p', 'reader-text', note));
	const edit = el('button', 'reader-edit', note ? 'Edit note' : 'Add note');
	const remove = el('button', 'reader-delete', 'Delete');
	for (const b of [edit, remove]) b.type = 'button';
	edit.addEventListener('click', () => actions.edit(a, card));
	remove.addEventListener('click', () => actions.remove(a));
	const buttons = el('p', 'reader-actions');
	buttons.append(edit, ' ', remove);
	// From the reading page, the way to all of them (and their exports); the notes page is that list.
	if (!document.getElementById('notes-list')) {
		const all = el('a', undefined, 'My notes');
		all.href = `${BASE}notes/`;
		buttons.append(' · ', all);
	}
	card.append(buttons);
	return card;
}

/** Notes drawn between two pauses, so a long list never holds the page for long. */
const BATCH = 200;
/** Lets the browser paint and answer the reader before the next batch. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The notes whose editor is open, by id: a redraw puts them back in place of their fresh card, unsaved text and all. */
export function openCards(root: ParentNode): Map<string, HTMLElement> {
	const open = new Map<string, HTMLElement>();
	for (const form of root.querySelectorAll('.reader-note form.reader-editor:not([data-closing])')) {
		const card = form.closest<HTMLElement>('.reader-note');
		if (card?.dataset.id) open.set(card.dataset.id, card);
	}
	return open;
}

/**
 * Puts each open editor back in place of its note's fresh card (saying so
 * when the note changed elsewhere meanwhile), then `attach`es the new list;
 * the focus and caret stay where the reader left them.
 */
export function keepOpen(fresh: Map<string, HTMLElement>, attach: () => void): void {
	const active = document.activeElement;
	const caret = active instanceof HTMLTextAreaElement ? ([active.selectionStart, active.selectionEnd] as const) : undefined;
	for (const [id, kept] of openCards(document)) {
		const card = fresh.get(id);
		if (!card) continue;
		if (card.dataset.modified !== kept.dataset.modified && !kept.querySelector('.reader-changed')) {
			const warn = el(
				'p',
				'reader-changed',
				'This note was changed in another tab since you opened it. Save keeps your text; Cancel shows the other.',
			);
			warn.setAttribute('role', 'status');
			kept.querySelector('form')?.prepend(warn);
		}
		card.replaceWith(kept);
	}
	attach();
	if (active instanceof HTMLElement && active.isConnected && document.activeElement !== active) {
		active.focus();
		if (caret && active instanceof HTMLTextAreaElement) active.setSelectionRange(caret[0], caret[1]);
	}
}

/** A note's card, or nothing when this record cannot be drawn: one bad record never stops the others. */
export function safeCard(a: Annotation, actions: NoteActions): HTMLElement | undefined {
	try {
		return noteCard(a, actions);
	} catch {
		return undefined;
	}
}

/**
 * Beside its own paragraph: in the paragraph's margin block, after its claim notes (a block of its
 * own, marked to be taken away with the notes, where the paragraph has none); after a heading.
 */
function placeBox(first: HTMLElement, box: HTMLElement): void {
	let margin = first.querySelector(':scope > .claim-notes');
	if (!margin && first.matches('p')) {
		margin = first.appendChild(el('span', 'claim-notes'));
		margin.setAttribute('data-reader', '');
	}
	if (margin) margin.append(box);
	else first.after(box);
}

/** The cards after the first batch join the page hidden, and are shown in batches after the swap. */
function later(card: HTMLElement, index: number): void {
	if (index >= BATCH) card.hidden = true;
}

let drawing = 0;
/** Draws this page's annotations afresh (after any change, here or in another tab); a later call supersedes one under way. */
export async function drawAll(all: Annotation[], actions: NoteActions): Promise<void> {
	const run = ++drawing;
	const prose = document.querySelector('.reading .prose');
	// Busy while the notes are worked through: a reader's tools can tell the list is not complete yet.
	prose?.setAttribute('aria-busy', 'true');
	const article = pageArticle();
	const mine = all.filter((a) => articleOf(a) === article);
	const texts = new Map<HTMLElement, string>();
	const anchored: Drawn[] = [];
	const orphans: Annotation[] = [];
	for (const [i, a] of mine.entries()) {
		if (i % BATCH === BATCH - 1) {
			await pause();
			if (run !== drawing) return;
		}
		const found = anchor(a, texts);
		// The ranges to paint, found now, in batches, before thousands of cards join the page.
		if (found) anchored.push({ ...found, painted: authorRanges(found.range, found.first) });
		else orphans.push(a);
	}
	anchored.sort(
		(x, y) => paragraphOf(x.annotation) - paragraphOf(y.annotation) || x.range.compareBoundaryPoints(Range.START_TO_START, y.range),
	);
	const boxes = new Map<HTMLElement, HTMLElement>();
	const fresh = new Map<string, HTMLElement>();
	for (const [i, { annotation, first }] of anchored.entries()) {
		if (i % BATCH === BATCH - 1) {
			await pause();
			if (run !== drawing) return;
		}
		const card = safeCard(annotation, actions);
		if (!card) continue;
		later(card, fresh.size);
		let box = boxes.get(first);
		if (!box) boxes.set(first, (box = el('div', 'reader-notes')));
		box.append(card);
		fresh.set(annotation.id, card);
	}
	let section: HTMLElement | undefined;
	if (orphans.length) {
		section = el('section', 'reader-orphans');
		section.setAttribute('aria-labelledby', 'reader-orphans-title');
		const title = el('h2', undefined, 'Your notes whose words are no longer in the text');
		title.id = 'reader-orphans-title';
		section.append(title);
		for (const a of orphans) {
			const card = safeCard(a, actions);
			if (!card) continue;
			later(card, fresh.size);
			section.append(card);
			fresh.set(a.id, card);
		}
	}
	// The swap itself, at once: the open editors as they are now, moved into the new list.
	keepOpen(fresh, () => {
		document.querySelectorAll('.reader-notes, .reader-orphans, .claim-notes[data-reader]').forEach((n) => n.remove());
		for (const [first, box] of boxes) placeBox(first, box);
		if (section) prose?.after(section);
	});
	const registry = highlights();
	if (registry) {
		for (const id of Object.keys(CATEGORIES)) {
			const ranges = anchored.filter((x) => categoryOf(x.annotation) === id).flatMap((x) => x.painted);
			registry.set(`reader-${id}`, new Highlight(...ranges));
		}
	}
	// Then the rest of the cards are shown batch by batch: laying out thousands at once would hold the page.
	const waiting = [...fresh.values()].filter((card) => card.hidden);
	for (let i = 0; i < waiting.length; i += BATCH) {
		await pause();
		if (run !== drawing) return;
		for (const card of waiting.slice(i, i + BATCH)) card.hidden = false;
	}
	prose?.removeAttribute('aria-busy');
}
