/**
 * Pieces the reader's layer shares: the live region that says what happened,
 * the note editor (category and text), and making a new annotation.
 */
import { ANNO_CONTEXT, CATEGORIES, CATEGORY_IDS, MAX_TEXT, withBody, type Annotation, type Category } from '../shared/annotation';
import { quoteAt, type Span } from '../shared/passage-quote';
import { el } from './dom';

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

let editors = 0;
/** A form for a note: its category (radio buttons, symbol and word) and its text. */
export function noteEditor(
	category: Category,
	note: string,
	onSave: (c: Category, note: string) => void,
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
	cancel.addEventListener('click', onCancel);
	const buttons = el('p', 'reader-actions');
	buttons.append(save, ' ', cancel);
	form.append(kinds, label, buttons);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const chosen = form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? 'key-point';
		onSave(CATEGORY_IDS.find((c) => c === chosen) ?? 'key-point', text.value);
	});
	form.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') {
			e.stopPropagation();
			onCancel();
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
			source: new URL(location.pathname, location.href).href,
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
