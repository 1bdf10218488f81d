import { expect, type Page } from '@playwright/test';

/** The fixture's Alpha (tests/fixtures/content/), whose paragraph PARA has WORDS, outside its claim. */
export const ARTICLE = '/articles/alpha-2009/';
export const PARA = 1;
export const WORDS = 'wants the world to see its bloc';
/** Words of another paragraph of ARTICLE, outside its claim. */
export const OTHER = { n: 3, words: 'is led by the capital' };

/**
 * A stored annotation of Alpha ¶1's WORDS, numbered `n` (its id), as the site writes one: the one
 * builder of annotations for the browser tests (a spec changes a field through `over` or `source`).
 */
export function stored(n: number, over: Record<string, unknown> = {}, source = 'http://127.0.0.1/articles/alpha-2009/') {
	const note = `Note ${n}.`;
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		type: 'Annotation',
		motivation: 'commenting',
		created: '2026-12-01T10:00:00.000Z',
		modified: '2026-12-01T10:00:00.000Z',
		body: [
			{ type: 'TextualBody', purpose: 'tagging', value: 'question' },
			{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' },
		],
		target: {
			source,
			selector: {
				type: 'FragmentSelector',
				conformsTo: 'http://tools.ietf.org/rfc/rfc3236',
				value: `p-${PARA}`,
				refinedBy: [
					{ type: 'TextQuoteSelector', exact: WORDS, prefix: 'The capital ', suffix: ' as a partner' },
					{ type: 'TextPositionSelector', start: 12, end: 12 + WORDS.length },
				],
			},
		},
		...over,
	};
}

/** An export file holding `items`. */
export const collection = (items: unknown[]) =>
	JSON.stringify({
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		first: { type: 'AnnotationPage', items },
	});

/**
 * Writes `records` straight into the site's store (as an older or later
 * version, or another spelling of a page's address, may have), from a page
 * with no text, and sets the flag that draws them on arrival.
 */
export async function seed(page: Page, records: unknown[]): Promise<void> {
	await page.goto('/about/');
	await page.evaluate(
		(records) =>
			new Promise<void>((resolve, reject) => {
				localStorage.setItem('notes', '1');
				const open = indexedDB.open('un-csto-companion');
				open.onupgradeneeded = () => open.result.createObjectStore('annotations');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('annotations', 'readwrite');
					const store = tx.objectStore('annotations');
					for (const r of records) store.put(r, (r as { id?: string }).id ?? `bad-${Math.random()}`);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		records,
	);
}

/** Imports `text` as a file named `name` on /notes/, and gives the message once the import has answered. */
export async function importText(page: Page, name: string, text: string): Promise<string> {
	await page.getByLabel('Import an exported file').setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
	const message = page.locator('#notes-message');
	await expect(message).toContainText(name);
	await expect(message).not.toContainText(`Importing ${name}`, { timeout: 90_000 });
	return (await message.textContent()) ?? '';
}

/** Fails the test on any uncaught error or unhandled rejection in the page. */
export function noErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}
