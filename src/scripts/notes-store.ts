/**
 * The reader's annotations, in their own browser: IndexedDB (through
 * idb-keyval), one record per annotation keyed by its id. Every change is told
 * to the other open tabs (BroadcastChannel), which redraw. The first save asks
 * the browser to keep the data (`navigator.storage.persist()`), and
 * localStorage's `notes` flag tells boot.ts to load this code on the next
 * visit, so the highlights are drawn without the reader selecting anything.
 */
import { createStore, del, set, setMany, values } from 'idb-keyval';
import { readable, type Annotation } from '../shared/annotation';

// Opened on first use, not when the code loads: a page without a text (boot.ts loads this code wherever the reader keeps notes) never opens it.
let opened: ReturnType<typeof createStore> | undefined;
const store = () => (opened ??= createStore('un-csto-companion', 'annotations'));
const channel = 'BroadcastChannel' in window ? new BroadcastChannel('un-csto-companion-notes') : undefined;
const listeners: (() => void)[] = [];
channel?.addEventListener('message', () => listeners.forEach((l) => l()));

/** Calls `listener` whenever the annotations change, in this tab or another. */
export const onChange = (listener: () => void) => listeners.push(listener);

function flag(has: boolean): void {
	try {
		if (has) localStorage.setItem('notes', '1');
		else localStorage.removeItem('notes');
	} catch {
		// Without localStorage the notes are drawn once the reader selects something.
	}
}

/**
 * Every stored annotation this code can draw, its page's address in this
 * site's spelling (a note saved on …/index.html is the page's note). A record
 * it cannot draw (written by a later version, say) stays stored, untouched:
 * it is counted, never deleted.
 */
export async function loadAll(): Promise<{ annotations: Annotation[]; unreadable: number }> {
	const raw = await values<unknown>(store());
	const annotations = raw.map(readable).filter((a) => a !== undefined);
	flag(raw.length > 0);
	return { annotations, unreadable: raw.length - annotations.length };
}

let askedToPersist = false;
async function changed(): Promise<void> {
	channel?.postMessage('changed');
	listeners.forEach((l) => l());
	if (!askedToPersist) {
		askedToPersist = true;
		await navigator.storage?.persist?.().catch(() => false);
	}
}

export async function save(a: Annotation): Promise<void> {
	await set(a.id, a, store());
	flag(true);
	await changed();
}

export async function saveMany(list: Annotation[]): Promise<void> {
	if (list.length === 0) return;
	await setMany(
		list.map((a) => [a.id, a]),
		store(),
	);
	flag(true);
	await changed();
}

export async function remove(id: string): Promise<void> {
	await del(id, store());
	await changed();
}
