/**
 * Pieces the reader's layer shares: the live region that says what happened,
 * what is said when the browser refuses its storage, the note editor
 * (category and text), and making a new annotation.
 */
import { ANNO_CONTEXT, CATEGORIES, CATEGORY_IDS, MAX_TEXT, withBody, type Annotation, type Category } from '../../shared/annotation';
import { quoteAt, type Span } from '../../shared/passage-quote';
import { el } from '../common/dom';
import { pageArticle, readingPage } from './draw';

let region: HTMLElement | undefined;
/** Says `text` in a polite live region (made on first use, visually hidden). */
export function say(text: string): void {
	if (!region) {
		region = el('p', 'visually-hidden');
		region.setAttribute('role', 'status');
		region.id = 'reader-status';
		(document.querySelector('main') ?? document.body).append(region);
	}
	region.textContent = text;
}

/** Why a save failed, when the browser refuses its storage; said with what still works, and that nothing changed. */
export const REFUSED = 'this browser refused to store it (storage blocked, a private window, or a full disk)';
export const UNREADABLE =
	'Your notes could not be read from this browser’s storage (it may be blocked, private or full). Reading works as always, and nothing stored was changed.';

/** A visible message, announced: `alert` for a failed action, `status` for a state. */
export function notice(text: string, role: 'alert' | 'status', className = 'reader-error'): HTMLElement {
	const p = el('p', className, text);
	p.setAttribute('role', role);
	return p;
}

let editors = 0;
/** A form for a note: its category (radio buttons, symbol and word) and its text. */
export function noteEditor(
	category: Category,
	note: string,
	onSave: (c: Category, note: string) => Promise<void>,
	onCancel: () => void,
): HTMLFormElement {
	const n = ++editors;
	const form = el('form', 'reader-editor');
	const kinds = el('fieldset');
	kinds.append(el('legend', undefined, 'Category'));
	for (const id of CATEGORY_IDS) {
		const label = el('label', `reader-${id}`);
		const radio = el('input');
		radio.type = 'radio';
		radio.name = `reader-category-${n}`;
		radio.value = id;
		radio.checked = id === category;
		label.append(radio, ` ${CATEGORIES[id].symbol} ${CATEGORIES[id].label}`);
		kinds.append(label);
	}
	const label = el('label', 'reader-note-label', 'Note');
	const text = el('textarea');
	text.value = note;
	text.rows = 3;
	text.maxLength = MAX_TEXT;
	text.name = 'note';
	label.append(text);
	const save = el('button', undefined, 'Save');
	const cancel = el('button', undefined, 'Cancel');
	cancel.type = 'button';
	const buttons = el('p', 'reader-actions');
	buttons.append(save, ' ', cancel);
	form.append(kinds, label, buttons);
	// Closing (saved or cancelled): a redraw may now replace this editor; until then it keeps it, unsaved text and all.
	const closing = (on: boolean) => (on ? (form.dataset.closing = '1') : delete form.dataset.closing);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const chosen = form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? 'key-point';
		closing(true);
		form.querySelector('.reader-error')?.remove();
		onSave(CATEGORY_IDS.find((c) => c === chosen) ?? 'key-point', text.value).catch(() => {
			closing(false);
			buttons.before(notice(`Not saved: ${REFUSED}. Your text is still here (copy it to keep it); nothing stored was changed.`, 'alert'));
		});
	});
	const cancelled = () => {
		closing(true);
		onCancel();
	};
	cancel.addEventListener('click', cancelled);
	form.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') {
			e.stopPropagation();
			cancelled();
		}
	});
	return form;
}

/** A random UUID, also where crypto.randomUUID is missing (a page not served over HTTPS). */
function uuid(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
	b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A new annotation of the words `span` of the passage text starting at paragraph `first`. */
export function newAnnotation(first: HTMLElement, span: Span, text: string, category: Category, note: string): Annotation {
	const now = new Date().toISOString();
	const bare: Annotation = {
		'@context': ANNO_CONTEXT,
		id: `urn:uuid:${uuid()}`,
		type: 'Annotation',
		motivation: 'highlighting',
		created: now,
		modified: now,
		body: [],
		target: {
			// The page's own address, whatever spelling of it the reader arrived by.
			source: readingPage(pageArticle()),
			selector: {
				type: 'FragmentSelector',
				conformsTo: 'http://tools.ietf.org/rfc/rfc3236',
				value: first.id,
				refinedBy: [
					{ type: 'TextQuoteSelector', ...quoteAt(text, span) },
					{ type: 'TextPositionSelector', start: span.start, end: span.end },
				],
			},
		},
	};
	return withBody(bare, category, note, now);
}
