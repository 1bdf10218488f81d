/**
 * The toolbar offered on a selection in a reading page: Copy link, Cite,
 * Highlight and Add note. It floats under the selected words; the first Tab
 * after selecting (or the paragraph's "Note on paragraph N" button) moves
 * into it, and Escape closes it and puts the focus back.
 */
import { CATEGORIES } from '../../shared/annotation';
import type { Span } from '../../shared/passage-quote';
import { el, showCopied } from '../common/dom';
import { citePanel } from './cite';
import { pageArticle } from './draw';
import { save } from './store';
import { newAnnotation, noteEditor, notice, REFUSED, say } from './ui';
import { passageLink } from '../reading/passage-link';
import { paragraphNumber } from '../reading/passage-dom';

export interface Selected {
	range: Range;
	first: HTMLElement;
	last: HTMLElement;
	span: Span;
	text: string;
}

let bar: HTMLElement | undefined;
let panel: HTMLElement | undefined;
let current: Selected | undefined;
let comeBack: HTMLElement | null = null;

export const toolbarOpen = () => Boolean(bar && !bar.hidden);
export const toolbarHas = (node: Node | null) => Boolean(node && bar?.contains(node));

function button(label: string, action: (b: HTMLButtonElement) => void): HTMLButtonElement {
	const b = el('button', undefined, label);
	b.type = 'button';
	b.addEventListener('click', () => action(b));
	return b;
}

function showPanel(content: HTMLElement, focus?: HTMLElement | null): void {
	if (!panel) return;
	panel.replaceChildren(content);
	panel.hidden = false;
	place();
	focus?.focus();
}

async function copyLink(button: HTMLButtonElement): Promise<void> {
	if (!current) return;
	const link = passageLink(current.range, current.first, current.span, current.text);
	const box = el('div', 'reader-link');
	const label = el('label', undefined, 'Link to these words');
	const input = el('input');
	input.readOnly = true;
	input.value = link;
	input.name = 'passage-link';
	label.append(input);
	box.append(label);
	showPanel(box);
	input.select();
	try {
		await navigator.clipboard.writeText(link);
		say('Link copied.');
		showCopied(button);
	} catch {
		say('Copy the link from the box.');
		input.focus();
	}
}

async function cite(): Promise<void> {
	if (!current) return;
	const link = passageLink(current.range, current.first, current.span, current.text);
	const content = await citePanel(pageArticle(), paragraphNumber(current.first), paragraphNumber(current.last), link, say);
	showPanel(content, content.querySelector('button'));
}

async function highlight(): Promise<void> {
	if (!current) return;
	try {
		await save(newAnnotation(current.first, current.span, current.text, 'key-point', ''));
	} catch {
		const why = `Not highlighted: ${REFUSED}. Copy link and Cite still work, and nothing stored was changed.`;
		showPanel(notice(why, 'alert'));
		return;
	}
	say(`Highlighted as a ${CATEGORIES['key-point'].label.toLowerCase()}.`);
	hideToolbar();
}

function addNote(): void {
	if (!current) return;
	const sel = current;
	const form = noteEditor(
		'key-point',
		'',
		async (category, note) => {
			await save(newAnnotation(sel.first, sel.span, sel.text, category, note));
			say('Note saved.');
			hideToolbar();
		},
		() => hideToolbar(),
	);
	showPanel(form, form.querySelector('textarea'));
}

function make(): HTMLElement {
	// A region of its own (named), so that its content is inside a landmark.
	const box = el('section', 'reader-toolbar');
	box.setAttribute('aria-label', 'Your selection');
	box.hidden = true;
	const group = el('div', 'reader-buttons');
	group.setAttribute('role', 'group');
	group.setAttribute('aria-label', 'Selected words');
	group.append(
		button('Copy link', (b) => void copyLink(b)),
		button('Cite', () => void cite()),
	);
	// A note needs the page's own address to be kept under: off a reading page, only links and citations.
	if (pageArticle())
		group.append(
			button('Highlight', () => void highlight()),
			button('Add note', addNote),
		);
	panel = el('div', 'reader-panel');
	panel.hidden = true;
	box.append(group, panel);
	box.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hideToolbar();
	});
	document.body.append(box);
	return box;
}

/** Under the selection, or above it, kept inside the window: a phone's too. */
function place(): void {
	if (!bar || !current) return;
	const rect = current.range.getBoundingClientRect();
	const view = document.documentElement;
	// Measured at the left edge, where nothing squeezes it, then moved: its own width, capped by the stylesheet.
	bar.style.left = `${scrollX}px`;
	const width = Math.min(bar.offsetWidth, view.clientWidth - 16);
	const height = bar.offsetHeight;
	const left = Math.max(8, Math.min(rect.left, view.clientWidth - width - 8));
	const below = rect.bottom + 8;
	const above = rect.top - 8 - height;
	const top = below + height <= view.clientHeight - 8 ? below : above >= 8 ? above : Math.max(8, view.clientHeight - height - 8);
	bar.style.left = `${left + scrollX}px`;
	bar.style.top = `${top + scrollY}px`;
}

export function showToolbar(sel: Selected, focus: boolean): void {
	bar ??= make();
	current = sel;
	if (panel) panel.hidden = true;
	bar.hidden = false;
	place();
	if (focus) {
		comeBack = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		bar.querySelector('button')?.focus();
	}
}

/** Moves into the toolbar (the first Tab after selecting). */
export function enterToolbar(): void {
	comeBack = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	bar?.querySelector('button')?.focus();
}

export function hideToolbar(): void {
	if (!bar || bar.hidden) return;
	const hadFocus = bar.contains(document.activeElement);
	bar.hidden = true;
	current = undefined;
	if (hadFocus) comeBack?.focus();
	comeBack = null;
}
