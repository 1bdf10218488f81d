import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { violations, SCHEMES } from './axe';
import { collection, importText, OTHER, PARA, stored, WORDS } from './notes-fixtures';
import { addNote, highlighted } from './reader-notes-support';

/** Words of the fixture's Beta ¶1, outside its claims. */
const BETA_WORDS = 'Ivan Petroff said';

test.use({ viewport: { width: 1280, height: 800 } });

async function note(page: Page, article: string, n: number, words: string, text: string, category: string): Promise<void> {
	await page.goto(`/articles/${article}/`);
	await addNote(page, n, words, text, category);
}

async function exportFile(page: Page, label: RegExp): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
	return readFileSync((await download.path()) as string, 'utf8');
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
	await note(page, 'alpha-2009', PARA, WORDS, 'On the capital.', 'Question');
	await note(page, 'beta-2010', 1, BETA_WORDS, 'Who said it.', 'Key point');
	await page.goto('/notes/');
	const list = page.locator('#notes-list');
	await expect(list.getByRole('heading', { level: 2 })).toHaveCount(2);
	await expect(list.locator('.reader-note')).toHaveCount(2);
	await expect(list.locator('.reader-note').filter({ hasText: 'On the capital.' })).toContainText(`para. ${PARA}`);
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
	expect(markdown).toContain(`> ${BETA_WORDS}`);
	expect(markdown).toContain('On the capital.');
	expect(markdown).toMatch(/Ann Alpha, “Capital Pushes For Formal Ties Between UN, Bloc,” .*para\. 1/);
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

	await page.goto('/articles/alpha-2009/');
	await expect.poll(() => highlighted(page, 'reader-question')).toEqual([WORDS]);
	// A note's link on the notes page lands on its words.
	await page.goto('/notes/');
	await list
		.locator('.reader-note')
		.filter({ hasText: 'On the capital.' })
		.getByRole('link', { name: `Paragraph ${PARA}` })
		.click();
	await expect.poll(() => highlighted(page, 'reader-passage')).toEqual([WORDS]);
});

/** A note of WORDS whose text is markup, from another host: as a hostile file may carry one. */
const hostile = (over: Record<string, unknown> = {}, source = 'http://example.org/articles/alpha-2009/') =>
	stored(
		7,
		{
			body: [
				{ type: 'TextualBody', purpose: 'tagging', value: 'question' },
				{
					type: 'TextualBody',
					purpose: 'commenting',
					value: '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">',
					format: 'text/html',
				},
			],
			...over,
		},
		source,
	);
const file = (...items: unknown[]) => collection(items);

test('hostile and malformed files: refused by field, or kept as inert text; nothing stored is lost', async ({ page }) => {
	await note(page, 'alpha-2009', OTHER.n, OTHER.words, 'Kept.', 'Key point');
	await page.goto('/notes/');
	const list = page.locator('#notes-list');
	await expect(list.locator('.reader-note')).toHaveCount(1);

	expect(await importText(page, 'bad.json', '{"@context": ')).toMatch(/^bad\.json: The file is not JSON .*nothing was imported/);
	expect(await importText(page, 'list.json', '[1, 2]')).toContain('Not an annotation collection');
	const js = await importText(page, 'js.jsonld', file(hostile({}, 'javascript:alert(1)//articles/alpha-2009/')));
	expect(js).toContain('first.items[0].target.source: expected an http(s) address of a reading page');
	const id = await importText(page, 'id.jsonld', file(hostile({ id: 'javascript:alert(1)' })));
	expect(id).toContain('first.items[0].id: expected urn:uuid:<uuid>');
	const kind = await importText(
		page,
		'kind.jsonld',
		file(hostile({ body: [{ type: 'TextualBody', purpose: 'tagging', value: '<b onmouseover=x>' }] })),
	);
	expect(kind).toContain('first.items[0].body[0].value: expected one of key-point, question, disagree');
	const huge = await importText(page, 'huge.jsonld', 'x'.repeat(6 * 1024 * 1024));
	expect(huge).toContain('larger than 5 MB');
	await expect(list.locator('.reader-note')).toHaveCount(1);
	await expect(list).toContainText('Kept.');

	// Script in a note's text comes in as text, shown as text, never run.
	expect(await importText(page, 'script.jsonld', file(hostile()))).toContain('1 added');
	const card = list.locator('.reader-note').filter({ hasText: '<script>' });
	await expect(card.locator('.reader-text')).toHaveText('<script>window.pwned=1</script><img src=x onerror="window.pwned=1">');
	await expect(list.locator('script, img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	await expect(list.locator('.reader-note')).toHaveCount(2);
	await page.goto('/articles/alpha-2009/');
	await expect(page.locator('.reader-note').filter({ hasText: '<script>' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('an annotation whose words are gone is listed as orphaned on its page, not dropped', async ({ page }) => {
	await page.goto('/notes/');
	const gone = stored(8);
	(gone.target.selector.refinedBy[0] as { exact: string }).exact = 'words the author never wrote';
	expect(await importText(page, 'orphan.jsonld', file(gone))).toContain('1 added');
	await page.goto('/articles/alpha-2009/');
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
		await note(page, 'alpha-2009', PARA, WORDS, 'On the capital.', 'Disagree');
		await page.goto('/notes/');
		await expect(page.locator('#notes-list .reader-note')).toHaveCount(1);
		await page.locator('#notes-list .reader-note').getByRole('button', { name: 'Edit note' }).click();
		expect(await violations(page)).toEqual([]);
	});
}
