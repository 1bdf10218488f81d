/**
 * The reader's own layer on a reading page, loaded by common/boot.entry.ts on the first
 * selection of words, the first focus of a paragraph number, a shared link's
 * `?passage=`, or when the reader has notes (localStorage `notes`):
 * - a shared passage is marked and brought into view (reading/passage-link.ts);
 * - the reader's highlights and notes are drawn, and redrawn on any change
 *   here or in another tab (draw.ts, store.ts);
 * - selecting words offers the toolbar (toolbar.ts);
 * - a paragraph number, focused, gets a "Note on paragraph N" button after
 *   it, the keyboard's way to the toolbar without selecting.
 */
import { categoryOf, noteOf, withBody, type Annotation } from '../../shared/annotation';
import { addStylesheet } from '../common/enhancements';
import { el } from '../common/dom';
import { drawAll, markPassage, type NoteActions } from './draw';
import { loadAll, onChange, remove, save } from './store';
import { enterToolbar, hideToolbar, showToolbar, toolbarHas, toolbarOpen } from './toolbar';
import { notice, noteEditor, say, UNREADABLE } from './ui';
import { landing } from '../reading/passage-link';
import { paragraphNumber, paragraphs, rangeToPassage } from '../reading/passage-dom';

const actions: NoteActions = {
	edit(a: Annotation, card: HTMLElement) {
		const form = noteEditor(
			categoryOf(a),
			noteOf(a),
			async (c, text) => {
				await save(withBody(a, c, text, new Date().toISOString()));
				say('Note saved.');
				document.querySelector<HTMLElement>(`.reader-note[data-id="${a.id}"] .reader-edit`)?.focus();
			},
			() => void refresh(),
		);
		card.replaceChildren(form);
		form.querySelector('textarea')?.focus();
	},
	async remove(a: Annotation) {
		// Focus goes back to the number of the paragraph the note was on (its box is in that paragraph's margin, or follows it).
		const box = document.querySelector<HTMLElement>(`.reader-note[data-id="${a.id}"]`)?.closest('.reader-notes');
		const next = box?.closest('p') ?? box?.previousElementSibling;
		try {
			await remove(a.id);
		} catch {
			say('Not deleted: this browser refused to change its storage. Nothing was changed.');
			return;
		}
		say('Deleted.');
		next?.querySelector<HTMLElement>('.pnum')?.focus();
	},
};

/** Said once, visibly, above the text, when the browser will not give the notes back. */
function unreadable(): void {
	if (document.querySelector('.reader-storage')) return;
	document.querySelector('.reading .prose')?.before(notice(UNREADABLE, 'status', 'reader-error reader-storage'));
}

async function refresh(): Promise<void> {
	let annotations: Annotation[];
	try {
		({ annotations } = await loadAll());
	} catch {
		unreadable();
		return;
	}
	document.querySelector('.reader-storage')?.remove();
	await drawAll(annotations, actions);
}

/** Shows or hides the toolbar for the selection as it is now. */
function onSelection(): void {
	if (toolbarHas(document.activeElement)) return;
	const selection = getSelection();
	const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
	const found = range && rangeToPassage(range);
	if (range && found) showToolbar({ range: range.cloneRange(), ...found }, false);
	else hideToolbar();
}

let paraButton: HTMLButtonElement | undefined;
/** The "Note on paragraph N" button, moved after the focused paragraph number. */
function offerParagraph(pnum: HTMLElement): void {
	const p = pnum.parentElement;
	if (!p) return;
	paraButton ??= el('button', 'reader-para');
	paraButton.type = 'button';
	// Its name is what it shows (WCAG 2.5.3): "Note on paragraph 5".
	paraButton.textContent = `Note on paragraph ${paragraphNumber(p)}`;
	paraButton.onclick = () => {
		const range = document.createRange();
		range.selectNodeContents(p);
		range.setStartAfter(paraButton ?? pnum);
		const found = rangeToPassage(range);
		if (!found) return;
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		showToolbar({ range: range.cloneRange(), ...found }, true);
	};
	pnum.after(paraButton);
}

if (paragraphs().length > 0) {
	void addStylesheet('notes');
	const arrived = landing();
	if (arrived) {
		markPassage(arrived.range, arrived.first);
		const rect = arrived.range.getBoundingClientRect();
		if (rect.top < 0 || rect.bottom > innerHeight) scrollTo({ top: rect.top + scrollY - innerHeight / 3 });
	}
	onChange(() => void refresh());
	void refresh();
	let timer: number | undefined;
	document.addEventListener('selectionchange', () => {
		clearTimeout(timer);
		timer = window.setTimeout(onSelection, 150);
	});
	onSelection();
	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && toolbarOpen()) hideToolbar();
		else if (e.key === 'Tab' && !e.shiftKey && toolbarOpen() && !toolbarHas(document.activeElement) && !getSelection()?.isCollapsed) {
			e.preventDefault();
			enterToolbar();
		}
	});
	const offerIfNumber = (target: EventTarget | null) => {
		if (target instanceof HTMLElement && target.matches('.reading .prose > p > .pnum')) offerParagraph(target);
	};
	document.addEventListener('focusin', (e) => offerIfNumber(e.target));
	offerIfNumber(document.activeElement);
}
