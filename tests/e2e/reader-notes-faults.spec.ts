import { expect, test, type Page } from '@playwright/test';
import { SCHEMES, violations } from './axe';
import { ARTICLE, collection, importText, noErrors, OTHER, PARA, seed, stored, WORDS } from './notes-fixtures';
import { select, toolbar } from './reader-notes-support';

/**
 * The browser refusing its storage (robustness review, failure 4), injected
 * before the page's own scripts run: storage blocked (open throws), no
 * IndexedDB at all, every open failing later (a private window), and every
 * write aborted (a full disk).
 */
const FAULTS = {
	'open throws (storage blocked)': () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	},
	'indexedDB missing': () => {
		Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
	},
	'open fails later (private window)': () => {
		IDBFactory.prototype.open = () => {
			const request = {
				error: new DOMException('A mutation operation was attempted.', 'InvalidStateError'),
			} as unknown as IDBOpenDBRequest;
			setTimeout(() => request.onerror?.(new Event('error')), 10);
			return request;
		};
	},
	'writes abort (disk full)': () => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			const request = put.apply(this, args);
			this.transaction.abort();
			return request;
		};
	},
};
const readsFail = (fault: string) => !fault.startsWith('writes');

test.use({ viewport: { width: 1280, height: 800 } });

async function faulty(page: Page, fault: keyof typeof FAULTS): Promise<string[]> {
	// A note stored beforehand, which the disk-full browser can still read.
	await seed(page, [stored(1)]);
	await page.addInitScript(FAULTS[fault]);
	return noErrors(page);
}

for (const fault of Object.keys(FAULTS) as (keyof typeof FAULTS)[]) {
	test.describe(fault, () => {
		test('reading page: the text reads, and a refused read is said visibly, with what still works', async ({ page }) => {
			const errors = await faulty(page, fault);
			await page.goto(ARTICLE);
			await expect(page.locator(`#p-${PARA}`)).toContainText(WORDS);
			if (readsFail(fault)) {
				const said = page.getByRole('status').filter({ hasText: 'could not be read from this browser’s storage' });
				await expect(said).toBeVisible();
				await expect(said).toContainText('Reading works as always, and nothing stored was changed.');
			} else await expect(page.locator('.reader-note').filter({ hasText: 'Note 1.' })).toBeVisible();
			expect(errors).toEqual([]);
		});

		test('reading page: Highlight says it was not saved, in the toolbar', async ({ page }) => {
			const errors = await faulty(page, fault);
			await page.goto(ARTICLE);
			await select(page, OTHER.n, OTHER.words);
			await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
			const alert = page.getByRole('alert').filter({ hasText: 'Not highlighted: this browser refused to store it' });
			await expect(alert).toBeVisible();
			await expect(alert).toContainText('Copy link and Cite still work, and nothing stored was changed.');
			expect(errors).toEqual([]);
		});

		test('reading page: Add note, Save says it was not saved, and keeps the typed text', async ({ page }) => {
			const errors = await faulty(page, fault);
			await page.goto(ARTICLE);
			await select(page, OTHER.n, OTHER.words);
			await toolbar(page).getByRole('button', { name: 'Add note' }).click();
			await page.getByRole('textbox', { name: 'Note' }).fill('a note I typed');
			await page.getByRole('button', { name: 'Save' }).click();
			const alert = page.getByRole('alert').filter({ hasText: 'Not saved: this browser refused to store it' });
			await expect(alert).toBeVisible();
			await expect(alert).toContainText('Your text is still here');
			await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('a note I typed');
			expect(errors).toEqual([]);
		});

		test('/notes/: the page says what it can, and an import says it was refused and changed nothing', async ({ page }) => {
			const errors = await faulty(page, fault);
			await page.goto('/notes/');
			if (readsFail(fault)) await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
			else await expect(page.locator('#notes-list .reader-note')).toHaveCount(1);
			const message = await importText(page, 'valid.jsonld', collection([stored(2, { modified: '2026-12-02T10:00:00.000Z' })]));
			expect(message).toContain('valid.jsonld: nothing was imported: this browser refused its storage');
			expect(message).toContain('Nothing stored was changed');
			expect(errors).toEqual([]);
		});
	});
}

for (const scheme of SCHEMES) {
	test(`axe, ${scheme}: the storage notice and a refused save, with the typed text kept`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await faulty(page, 'open throws (storage blocked)');
		await page.goto(ARTICLE);
		await select(page, OTHER.n, OTHER.words);
		await toolbar(page).getByRole('button', { name: 'Add note' }).click();
		await page.getByRole('textbox', { name: 'Note' }).fill('a note I typed');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
		await expect(page.locator('.reader-storage')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
}
