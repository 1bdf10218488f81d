/**
 * The notes page, `/notes/`: every annotation the reader keeps in this
 * browser, by article in text order, each with its words, category, note,
 * link and pinpoint citation (Chicago note, as citeproc wrote it at build
 * time); a filter by category; exports (W3C Annotation Collection, Markdown
 * with citations, CSV); and an import, checked and merged (src/shared/notes-io.ts).
 * Everything a note or a file holds is set as text.
 */
import { articleOf, categoryOf, noteOf, paragraphOf, withBody, type Annotation } from '../shared/annotation';
import { importCollection, inTextOrder, MAX_FILE_BYTES, toCollection, toCsv, toMarkdown, type Cited } from '../shared/notes-io';
import { byId, el } from './dom';
import { citationOf, citeData, download, type CiteData } from './notes-cite';
import { noteCard } from './notes-draw';
import { loadAll, onChange, remove, save, saveMany } from './notes-store';
import { noteEditor } from './notes-ui';
import { storedLink } from './passage-link';

const app = byId('notes-app', HTMLDivElement);
const list = byId('notes-list', HTMLDivElement);
const message = byId('notes-message', HTMLParagraphElement);
const fileInput = byId('notes-import', HTMLInputElement);
app.hidden = false;

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
		link: storedLink(a.target.source, first, position, quote.exact),
		citation: chicago ? citationOf(chicago, first, last) : `${a.target.source} (para. ${first})`,
		title: data?.title ?? articleOf(a),
	};
}

const chosen = () => app.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value ?? '';

function render(): void {
	const shown = inTextOrder(all).filter((a) => !chosen() || categoryOf(a) === chosen());
	list.replaceChildren();
	if (all.length === 0) {
		list.append(el('p', undefined, 'No notes yet. Select words in a text and choose Highlight or Add note.'));
		return;
	}
	if (shown.length === 0) list.append(el('p', undefined, 'No notes in this category.'));
	let article = '';
	for (const a of shown) {
		const c = cited(a);
		if (articleOf(a) !== article) {
			article = articleOf(a);
			list.append(el('h2', undefined, c.title));
		}
		const card = noteCard(a, {
			edit: (note, box) => {
				const form = noteEditor(
					categoryOf(note),
					noteOf(note),
					(category, text) => void save(withBody(note, category, text, new Date().toISOString())),
					render,
				);
				box.replaceChildren(form);
				form.querySelector('textarea')?.focus();
			},
			remove: (note) => void remove(note.id).then(() => (message.textContent = 'Deleted.')),
		});
		const where = el('p', 'reader-cited');
		const link = el('a', undefined, `Paragraph ${paragraphOf(a)}`);
		link.href = c.link;
		where.append(link, ` · ${c.citation}`);
		card.querySelector('.reader-actions')?.before(where);
		list.append(card);
	}
}

async function refresh(): Promise<void> {
	try {
		const { annotations, unreadable } = await loadAll();
		all = annotations;
		await citesFor(all);
		render();
		if (unreadable)
			message.textContent = `${unreadable} stored notes could not be read by this version of the page; they are kept as they are.`;
	} catch {
		message.textContent = 'Your notes could not be read from this browser’s storage.';
	}
}

const stamp = () => new Date().toISOString().slice(0, 10);
app.addEventListener('click', (e) => {
	const kind = e.target instanceof HTMLButtonElement ? e.target.dataset.export : undefined;
	if (kind === 'jsonld') download(`my-notes-${stamp()}.jsonld`, 'application/ld+json', toCollection(all, 'My notes on the UN–CSTO texts'));
	else if (kind === 'md') download(`my-notes-${stamp()}.md`, 'text/markdown', toMarkdown(all, cited));
	else if (kind === 'csv') download(`my-notes-${stamp()}.csv`, 'text/csv', toCsv(all, cited));
});
app.addEventListener('change', (e) => {
	if (e.target instanceof HTMLInputElement && e.target.name === 'category') render();
});

fileInput.addEventListener('change', async () => {
	const file = fileInput.files?.[0];
	fileInput.value = '';
	message.textContent = '';
	if (!file) return;
	if (file.size > MAX_FILE_BYTES) {
		message.textContent = `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: not read. Nothing was imported.`;
		return;
	}
	const result = importCollection(await file.text(), (await loadAll()).annotations);
	if (!result.ok) {
		message.textContent = `${file.name}: ${result.message}`;
		return;
	}
	await saveMany(result.merged);
	message.textContent = `${file.name}: ${result.added} added, ${result.updated} updated, ${result.same} already here.`;
});

onChange(() => void refresh());
void refresh();
