/**
 * The notes page, `/notes/`: every annotation the reader keeps in this
 * browser, by article in text order, each with its words, category, note,
 * link and pinpoint citation (Chicago note, as citeproc wrote it at build
 * time); a filter by category; exports (W3C Annotation Collection, Markdown
 * with citations, CSV); and an import, checked and merged (src/shared/notes-io.ts).
 * Everything a note or a file holds is set as text.
 */
import { articleOf, categoryOf, noteOf, paragraphOf, withBody, type Annotation } from '../../shared/annotation';
import { importCollection, inTextOrder, MAX_FILE_BYTES, toCollection, toCsv, toMarkdown, type Cited } from '../../shared/notes-io';
import { byId, el } from '../common/dom';
import { citationOf, citeData, download, type CiteData } from './cite';
import { keepOpen, openCards, pause, readingPage, safeCard } from './draw';
import { loadAll, onChange, remove, save, saveMany } from './store';
import { noteEditor, notice, UNREADABLE } from './ui';
import { storedLink } from '../reading/passage-link';

const app = byId('notes-app', HTMLDivElement);
const list = byId('notes-list', HTMLDivElement);
const message = byId('notes-message', HTMLParagraphElement);
const fileInput = byId('notes-import', HTMLInputElement);
app.hidden = false;
// What is known of the storage itself, apart from what the last action said.
const state = notice('', 'status', 'notes-message');
message.before(state);

let all: Annotation[] = [];
const cites = new Map<string, CiteData | undefined>();

async function citesFor(list: Annotation[]): Promise<void> {
	for (const id of new Set(list.map(articleOf))) {
		if (!cites.has(id)) cites.set(id, await citeData(id).catch(() => undefined));
	}
}

/** What the exports and the list say of a note besides itself. */
function cited(a: Annotation): Cited {
	const data = cites.get(articleOf(a));
	const [quote, position] = a.target.selector.refinedBy;
	const first = paragraphOf(a);
	// The passage's last paragraph: one more for each paragraph break in its words.
	const last = first + (quote.exact.match(/\n/g)?.length ?? 0);
	const chicago = data?.styles[0];
	return {
		// This site's own copy of the page, whatever address a file gave.
		link: storedLink(readingPage(articleOf(a)), first, position, quote.exact),
		citation: chicago ? citationOf(chicago, first, last) : `${a.target.source} (para. ${first})`,
		title: data?.title ?? articleOf(a),
	};
}

/** Said on an open editor the category filter would hide. */
const OUTSIDE = 'Not in the category shown: kept here while you edit it.';
const chosen = () => app.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value ?? '';

/** Cards drawn between two pauses: a long list never holds the page for long. */
const BATCH = 200;
let rendering = 0;

/** Lists the notes afresh; an editor left open keeps its place and its unsaved text. A later call supersedes one under way. */
async function render(): Promise<void> {
	const run = ++rendering;
	list.setAttribute('aria-busy', 'true');
	// An open editor stays listed whatever the filter: hiding it would drop the reader's unsaved text.
	const open = openCards(list);
	const shown = inTextOrder(all).filter((a) => !chosen() || categoryOf(a) === chosen() || open.has(a.id));
	const outside = new Set(shown.filter((a) => chosen() && categoryOf(a) !== chosen()).map((a) => a.id));
	const out = document.createDocumentFragment();
	const fresh = new Map<string, HTMLElement>();
	if (all.length === 0) out.append(el('p', undefined, 'No notes yet. Select words in a text and choose Highlight or Add note.'));
	else if (shown.length === 0) out.append(el('p', undefined, 'No notes in this category.'));
	let article = '';
	for (const [i, a] of shown.entries()) {
		if (i % BATCH === BATCH - 1) {
			await pause();
			if (run !== rendering) return;
		}
		const card = safeCard(a, {
			edit: (note, box) => {
				const form = noteEditor(
					categoryOf(note),
					noteOf(note),
					(category, text) => save(withBody(note, category, text, new Date().toISOString())),
					() => void render(),
				);
				box.replaceChildren(form);
				form.querySelector('textarea')?.focus();
			},
			remove: (note) =>
				void remove(note.id).then(
					() => (message.textContent = 'Deleted.'),
					() => (message.textContent = 'Not deleted: this browser refused to change its storage. Nothing was changed.'),
				),
		});
		if (!card) continue;
		const c = cited(a);
		if (articleOf(a) !== article) {
			article = articleOf(a);
			out.append(el('h2', undefined, c.title));
		}
		const where = el('p', 'reader-cited');
		const link = el('a', undefined, `Paragraph ${paragraphOf(a)}`);
		link.href = c.link;
		where.append(link, ` · ${c.citation}`);
		card.querySelector('.reader-actions')?.before(where);
		// After the first batch, cards join the page hidden and are shown batch by batch after the swap.
		card.hidden = fresh.size >= BATCH;
		out.append(card);
		fresh.set(a.id, card);
	}
	keepOpen(fresh, () => list.replaceChildren(out));
	for (const [id, card] of openCards(list)) {
		const mark = card.querySelector('.reader-outside');
		if (!outside.has(id)) mark?.remove();
		else if (!mark) card.querySelector('form')?.prepend(notice(OUTSIDE, 'status', 'reader-outside'));
	}
	const waiting = [...fresh.values()].filter((card) => card.hidden);
	for (let i = 0; i < waiting.length; i += BATCH) {
		await pause();
		if (run !== rendering) return;
		for (const card of waiting.slice(i, i + BATCH)) card.hidden = false;
	}
	list.removeAttribute('aria-busy');
}

async function refresh(): Promise<void> {
	let unreadable: number;
	try {
		({ annotations: all, unreadable } = await loadAll());
	} catch {
		state.textContent = `${UNREADABLE} The notes shown here, if any, can still be exported.`;
		return;
	}
	state.textContent = unreadable
		? `${unreadable} stored notes could not be read by this version of the page; they are kept as they are, and the others are listed.`
		: '';
	await citesFor(all);
	await render();
}

const stamp = () => new Date().toISOString().slice(0, 10);
app.addEventListener('click', (e) => {
	const kind = e.target instanceof HTMLButtonElement ? e.target.dataset.export : undefined;
	if (kind === 'jsonld') download(`my-notes-${stamp()}.jsonld`, 'application/ld+json', toCollection(all, 'My notes on the UN–CSTO texts'));
	else if (kind === 'md') download(`my-notes-${stamp()}.md`, 'text/markdown', toMarkdown(all, cited));
	else if (kind === 'csv') download(`my-notes-${stamp()}.csv`, 'text/csv', toCsv(all, cited));
});
app.addEventListener('change', (e) => {
	if (e.target instanceof HTMLInputElement && e.target.name === 'category') void render();
});

/** Checks and merges a file, a batch at a time, saying how far it got; stores it whole or not at all. */
async function importFile(file: File): Promise<void> {
	if (file.size > MAX_FILE_BYTES) {
		message.textContent = `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: not read. Nothing was imported.`;
		return;
	}
	message.textContent = `Importing ${file.name}…`;
	const progress = async (checked: number) => {
		message.textContent = `Importing ${file.name}: ${checked} notes checked…`;
		await pause();
	};
	try {
		const result = await importCollection(await file.text(), (await loadAll()).annotations, progress, (a) => readingPage(articleOf(a)));
		if (!result.ok) {
			message.textContent = `${file.name}: ${result.message}`;
			return;
		}
		await saveMany(result.merged);
		message.textContent = `${file.name}: ${result.added} added, ${result.updated} updated, ${result.same} already here.`;
	} catch {
		message.textContent = `${file.name}: nothing was imported: this browser refused its storage (blocked, a private window, or a full disk). Nothing stored was changed; the notes listed here can still be exported.`;
	}
}

fileInput.addEventListener('change', () => {
	const file = fileInput.files?.[0];
	fileInput.value = '';
	message.textContent = '';
	if (file) void importFile(file);
});

onChange(() => void refresh());
void refresh();
