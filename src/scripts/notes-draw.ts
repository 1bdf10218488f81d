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
 */
import { articleOf, CATEGORIES, categoryOf, noteOf, paragraphOf, type Annotation, type Category } from '../shared/annotation';
import { locateQuote } from '../shared/passage-quote';
import { BASE } from './boot-shared';
import { el } from './dom';
import { authorRanges, passageText, passageToRange } from './passage-dom';

export interface Anchored {
	annotation: Annotation;
	range: Range;
	first: HTMLElement;
}

/** This page's article id, from its path. */
export const pageArticle = (): string => /\/articles\/([^/]+)\/$/.exec(location.pathname)?.[1] ?? '';

/** Where an annotation of this page is now, or undefined when its words are gone. */
export function anchor(a: Annotation): Anchored | undefined {
	const first = document.getElementById(a.target.selector.value);
	if (!first?.matches('.reading .prose > p')) return undefined;
	const [quote, position] = a.target.selector.refinedBy;
	const span = locateQuote(passageText(first).text, quote, position);
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
export function noteCard(a: Annotation, actions: NoteActions): HTMLElement {
	const category: Category = categoryOf(a);
	const card = el('aside', `reader-note reader-${category}`);
	card.dataset.id = a.id;
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

/** Draws this page's annotations afresh (after any change, here or in another tab). */
export function drawAll(all: Annotation[], actions: NoteActions): void {
	const article = pageArticle();
	document.querySelectorAll('.reader-notes, .reader-orphans').forEach((n) => n.remove());
	const mine = all.filter((a) => articleOf(a) === article);
	const anchored: Anchored[] = [];
	const orphans: Annotation[] = [];
	for (const a of mine) {
		const found = anchor(a);
		if (found) anchored.push(found);
		else orphans.push(a);
	}
	anchored.sort(
		(x, y) => paragraphOf(x.annotation) - paragraphOf(y.annotation) || x.range.compareBoundaryPoints(Range.START_TO_START, y.range),
	);
	const registry = highlights();
	if (registry) {
		for (const id of Object.keys(CATEGORIES)) {
			const ranges = anchored.filter((x) => categoryOf(x.annotation) === id).flatMap((x) => authorRanges(x.range, x.first));
			registry.set(`reader-${id}`, new Highlight(...ranges));
		}
	}
	for (const { annotation, first } of anchored) {
		// Beside its own paragraph: in the paragraph's margin block after its claim notes (one is made where it has
		// none); outside a paragraph (a heading), after it.
		let margin = first.querySelector(':scope > .claim-notes');
		if (!margin && first.matches('p')) margin = first.appendChild(el('span', 'claim-notes'));
		let box = margin ? margin.querySelector(':scope > .reader-notes') : first.nextElementSibling;
		if (!box?.classList.contains('reader-notes')) {
			box = el('div', 'reader-notes');
			if (margin) margin.append(box);
			else first.after(box);
		}
		box.append(noteCard(annotation, actions));
	}
	if (orphans.length === 0) return;
	const section = el('section', 'reader-orphans');
	section.setAttribute('aria-labelledby', 'reader-orphans-title');
	const title = el('h2', undefined, 'Your notes whose words are no longer in the text');
	title.id = 'reader-orphans-title';
	section.append(title, ...orphans.map((a) => noteCard(a, actions)));
	document.querySelector('.reading .prose')?.after(section);
}
