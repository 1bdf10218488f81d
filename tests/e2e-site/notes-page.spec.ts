import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { violations, SCHEMES } from '../e2e/axe';
import { highlighted, select, toolbar } from '../e2e/reader-notes-support';

const WORDS = 'strongly supports a more practical approach';
const BLANK_WORDS = 'Collective Security Treaty Organization';

test.use({ viewport: { width: 1280, height: 800 } });

async function note(page: Page, article: string, n: number, words: string, text: string, category: string): Promise<void> {
	await page.goto(`/articles/${article}/`);
	await select(page, n, words);
	await toolbar(page).getByRole('button', { name: 'Add note' }).click();
	await page.getByRole('radio', { name: new RegExp(category) }).check();
	await page.getByRole('textbox', { name: 'Note' }).fill(text);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('.reader-note').filter({ hasText: text })).toBeVisible();
}

async function exportFile(page: Page, label: RegExp): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
	return readFileSync((await download.path()) as string, 'utf8');
}

async function importText(page: Page, name: string, text: string): Promise<string> {
	await page.getByLabel('Import an exported file').setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
	const message = page.locator('#notes-message');
	await expect(message).toContainText(name);
	// "Importing <name>…" while it is checked: the answer is what follows.
	await expect(message).not.toContainText(`Importing ${name}`);
	return (await message.textContent()) ?? '';
}

/** Clears the site's storage, from a page that has not opened it (a page with no text). */
async function clearStorage(page: Page): Promise<void> {
	await page.goto('/about/');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				localStorage.clear();
				const request = indexedDB.deleteDatabase('un-csto-companion');
				request.onsuccess = () => resolve();
				request.onerror = request.onblocked = () => reject(new Error('could not delete the database'));
			}),
	);
}

test('notes of both texts are listed by article, filtered, exported, cleared, imported and re-anchored', async ({ page }) => {
	await note(page, 'mcdermott-2009', 5, WORDS, 'On the reset.', 'Question');
	await note(page, 'blank-2010', 1, BLANK_WORDS, 'The full name.', 'Key point');
	await page.goto('/notes/');
	const list = page.locator('#notes-list');
	await expect(list.getByRole('heading', { level: 2 })).toHaveCount(2);
	await expect(list.locator('.reader-note')).toHaveCount(2);
	await expect(list.locator('.reader-note').filter({ hasText: 'On the reset.' })).toContainText('para. 5');
	await page.getByRole('radio', { name: /Question/ }).check();
	await expect(list.locator('.reader-note')).toHaveCount(1);
	await page.getByRole('radio', { name: 'All' }).check();

	const jsonld = await exportFile(page, /^Annotations \(JSON-LD\)$/);
	const collection = JSON.parse(jsonld) as {
		type: string;
		total: number;
		first: { items: { target: { selector: { refinedBy: { type: string }[] } } }[] };
	};
	expect(collection.type).toBe('AnnotationCollection');
	expect(collection.total).toBe(2);
	expect(collection.first.items[0]?.target.selector.refinedBy.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
	const markdown = await exportFile(page, /^Markdown with citations$/);
	expect(markdown).toContain(`> ${BLANK_WORDS}`);
	expect(markdown).toContain('On the reset.');
	expect(markdown).toMatch(/Roger McDermott, “Moscow Pushes for Formal Cooperation between UN, CSTO,” .*para\. 5/);
	const csv = await exportFile(page, /^CSV$/);
	expect(csv.split('\r\n')[0]).toBe('"article","paragraph","category","quote","note","citation","link","created","modified"');
	expect(csv).toContain('"Question"');

	await clearStorage(page);
	await page.goto('/notes/');
	await expect(list).toContainText('No notes yet');
	expect(await importText(page, 'my-notes.jsonld', jsonld)).toContain('2 added');
	await expect(list.locator('.reader-note')).toHaveCount(2);
	// The same file again: merged, nothing doubled.
	expect(await importText(page, 'again.jsonld', jsonld)).toContain('0 added, 0 updated, 2 already here');
	await expect(list.locator('.reader-note')).toHaveCount(2);

	await page.goto('/articles/mcdermott-2009/');
	await expect.poll(() => highlighted(page, 'reader-question')).toEqual([WORDS]);
	// A note's link on the notes page lands on its words.
	await page.goto('/notes/');
	await list.getByRole('link', { name: 'Paragraph 5' }).click();
	await expect.poll(() => highlighted(page, 'reader-passage')).toEqual([WORDS]);
});

const valid = (over: Record<string, unknown> = {}, target: Record<string, unknown> = {}) => ({
	'@context': 'http://www.w3.org/ns/anno.jsonld',
	id: 'urn:uuid:0b9ac3f4-2a8e-4c1b-9a57-3d2f6a1e8c01',
	type: 'Annotation',
	motivation: 'commenting',
	created: '2026-12-01T10:00:00.000Z',
	modified: '2026-12-01T10:00:00.000Z',
	body: [
		{ type: 'TextualBody', purpose: 'tagging', value: 'question' },
		{
			type: 'TextualBody',
			purpose: 'commenting',
			value: '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">',
			format: 'text/html',
		},
	],
	target: {
		source: 'http://example.org/articles/mcdermott-2009/',
		selector: {
			type: 'FragmentSelector',
			value: 'p-5',
			refinedBy: [
				{ type: 'TextQuoteSelector', exact: WORDS, prefix: 'Moreover, he ', suffix: ' to relations' },
				{ type: 'TextPositionSelector', start: 13, end: 13 + WORDS.length },
			],
		},
		...target,
	},
	...over,
});
const file = (...items: unknown[]) =>
	JSON.stringify({
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		first: { type: 'AnnotationPage', items },
	});

test('hostile and malformed files: refused by field, or kept as inert text; nothing stored is lost', async ({ page }) => {
	await note(page, 'mcdermott-2009', 6, 'draft document', 'Kept.', 'Key point');
	await page.goto('/notes/');
	const list = page.locator('#notes-list');
	await expect(list.locator('.reader-note')).toHaveCount(1);

	expect(await importText(page, 'bad.json', '{"@context": ')).toMatch(/^bad\.json: The file is not JSON .*nothing was imported/);
	expect(await importText(page, 'list.json', '[1, 2]')).toContain('Not an annotation collection');
	const js = await importText(page, 'js.jsonld', file(valid({}, { source: 'javascript:alert(1)//articles/mcdermott-2009/' })));
	expect(js).toContain('first.items[0].target.source: expected an http(s) address of a reading page');
	const id = await importText(page, 'id.jsonld', file(valid({ id: 'javascript:alert(1)' })));
	expect(id).toContain('first.items[0].id: expected urn:uuid:<uuid>');
	const kind = await importText(
		page,
		'kind.jsonld',
		file(valid({ body: [{ type: 'TextualBody', purpose: 'tagging', value: '<b onmouseover=x>' }] })),
	);
	expect(kind).toContain('first.items[0].body[0].value: expected one of key-point, question, disagree');
	const huge = await importText(page, 'huge.jsonld', 'x'.repeat(6 * 1024 * 1024));
	expect(huge).toContain('larger than 5 MB');
	await expect(list.locator('.reader-note')).toHaveCount(1);
	await expect(list).toContainText('Kept.');

	// Script in a note's text comes in as text, shown as text, never run.
	expect(await importText(page, 'script.jsonld', file(valid()))).toContain('1 added');
	const card = list.locator('.reader-note').filter({ hasText: '<script>' });
	await expect(card.locator('.reader-text')).toHaveText('<script>window.pwned=1</script><img src=x onerror="window.pwned=1">');
	await expect(list.locator('script, img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	await expect(list.locator('.reader-note')).toHaveCount(2);
	await page.goto('/articles/mcdermott-2009/');
	await expect(page.locator('.reader-note').filter({ hasText: '<script>' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('an annotation whose words are gone is listed as orphaned on its page, not dropped', async ({ page }) => {
	await page.goto('/notes/');
	const gone = valid({ id: 'urn:uuid:0b9ac3f4-2a8e-4c1b-9a57-3d2f6a1e8c02' });
	(gone.target.selector.refinedBy[0] as { exact: string }).exact = 'words the author never wrote';
	expect(await importText(page, 'orphan.jsonld', file(gone))).toContain('1 added');
	await page.goto('/articles/mcdermott-2009/');
	const orphans = page.getByRole('region', { name: 'Your notes whose words are no longer in the text' });
	await expect(orphans).toContainText('words the author never wrote');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the notes page says the notes live in the browser and need JavaScript', async ({ page }) => {
		await page.goto('/notes/');
		await expect(page.locator('.notes-nojs')).toContainText('Your notes live in this browser’s storage, and reading them needs JavaScript');
		await expect(page.locator('#notes-app')).toBeHidden();
	});
});

for (const scheme of SCHEMES) {
	test(`axe, ${scheme}: the notes page with notes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await note(page, 'mcdermott-2009', 5, WORDS, 'On the reset.', 'Disagree');
		await page.goto('/notes/');
		await expect(page.locator('#notes-list .reader-note')).toHaveCount(1);
		await page.locator('#notes-list .reader-note').getByRole('button', { name: 'Edit note' }).click();
		expect(await violations(page)).toEqual([]);
	});
}
