/**
 * MLA's access date is the reader's: today's, in the words citeproc wrote for
 * each month at build time (src/cite/accessed.ts), which come with the
 * article's citation data (`/notes/cite/<article>.json`, also the selection
 * toolbar's). Run when the Cite block is first approached or used (common/boot.entry.ts
 * loads claims/enhance.entry.ts then), before any copy: the copied text is the entry
 * as shown.
 */
import { citeData, entryOf } from './cite';

/** Fills each Cite block's empty access-date slot (`data-accessed` names the article); never fails a copy. */
export async function fillAccessDates(today = new Date()): Promise<void> {
	for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
		if (slot.textContent !== '') continue;
		try {
			const mla = (await citeData(slot.dataset.accessed ?? '')).styles.find((s) => s.accessed);
			// The slot is where the template has `{accessed}`: the entry's words around it are the page's already.
			if (mla?.accessed) slot.textContent = entryOf({ ...mla, accessed: { ...mla.accessed, entry: '{accessed}' } }, today);
		} catch {
			// Without the data the entry stays as built: without an access date, which MLA allows.
		}
	}
}
