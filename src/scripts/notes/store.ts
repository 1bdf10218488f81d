/**
 * The reader's annotations, in their own browser: IndexedDB (through
 * idb-keyval), one record per annotation keyed by its id. Every change is told
 * to the other open tabs (BroadcastChannel), which redraw. The first save asks
 * the browser to keep the data (`navigator.storage.persist()`), and
 * localStorage's `notes` flag tells common/boot.entry.ts to load this code on the next
 * visit, so the highlights are drawn without the reader selecting anything.
 */
import { createStore, del, promisifyRequest, set } from 'idb-keyval';
import { readable, type Annotation } from '../../shared/annotation';

// Opened on first use, not when the code loads: a page without a text (common/boot.entry.ts loads this code wherever the reader keeps notes) never opens it.
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

/** Records read or written per request: thousands at once would hold the page for a long moment. */
const BATCH = 250;

/**
 * Every stored record, a batch at a time within one transaction: each batch
 * arrives in a task of its own, so the page answers the reader in between.
 */
function readAll(): Promise<unknown[]> {
	return store()('readonly', (s) => {
		const out: unknown[] = [];
		return new Promise<unknown[]>((resolve, reject) => {
			const next = (after?: IDBValidKey) => {
				const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
				const values = s.getAll(range, BATCH);
				const keys = s.getAllKeys(range, BATCH);
				values.onerror = keys.onerror = () => reject(values.error ?? keys.error);
				// Requests of one transaction complete in order: with the keys, the values are in.
				keys.onsuccess = () => {
					out.push(...values.result);
					const last = keys.result[keys.result.length - 1];
					if (keys.result.length === BATCH && last !== undefined) next(last);
					else resolve(out);
				};
			};
			next();
		});
	});
}

/**
 * Every stored annotation this code can draw, its page's address in this
 * site's spelling (a note saved on …/index.html is the page's note). A record
 * it cannot draw (written by a later version, say) stays stored, untouched:
 * it is counted, never deleted.
 */
export async function loadAll(): Promise<{ annotations: Annotation[]; unreadable: number }> {
	const raw = await readAll();
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

/**
 * Stores every annotation of `list` or, if the browser refuses any, none: one
 * transaction, written a batch at a time (the next batch from the last one's
 * success, which keeps the transaction open), so the page answers in between.
 */
export async function saveMany(list: Annotation[]): Promise<void> {
	if (list.length === 0) return;
	await store()('readwrite', (s) => {
		const write = (from: number) => {
			let last: IDBRequest | undefined;
			for (const a of list.slice(from, from + BATCH)) last = s.put(a, a.id);
			if (last && from + BATCH < list.length) last.onsuccess = () => write(from + BATCH);
		};
		write(0);
		return promisifyRequest(s.transaction);
	});
	flag(true);
	await changed();
}

export async function remove(id: string): Promise<void> {
	await del(id, store());
	await changed();
}
