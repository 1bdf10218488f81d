import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, collection, importText, noErrors, OTHER, PARA, seed, stored, WORDS } from './notes-fixtures';
import { highlighted, select, toolbar } from './reader-notes-support';

/**
 * What the reader stored is found, shown and kept on this site (robustness
 * review, failures 3, 6 and 7): any spelling of a reading page's address,
 * a record this version cannot draw among good ones, an imported note that
 * names another host.
 */

test.use({ viewport: { width: 1280, height: 800 } });

async function exportJson(page: Page): Promise<{ first: { items: { target: { source: string } }[] } }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Annotations (JSON-LD)' }).click(),
	]);
	return JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
}

for (const spelling of ['/articles/alpha-2009/index.html', '/articles/alpha%2D2009/', '/articles//alpha-2009/']) {
	test(`${spelling}: the reader's notes are drawn, and a note added there is kept under the page's own address`, async ({
		page,
		baseURL,
	}) => {
		await seed(page, [stored(1)]);
		await page.goto(spelling);
		await expect(page.locator('.reader-note').filter({ hasText: 'Note 1.' })).toBeVisible();
		await select(page, OTHER.n, OTHER.words);
		await toolbar(page).getByRole('button', { name: 'Add note' }).click();
		await page.getByRole('textbox', { name: 'Note' }).fill('Added on another spelling.');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.locator('.reader-note').filter({ hasText: 'Added on another spelling.' })).toBeVisible();

		await page.goto(ARTICLE);
		await expect(page.locator('.reader-note').filter({ hasText: 'Added on another spelling.' })).toBeVisible();
		await page.goto('/notes/');
		await expect(page.locator('#notes-list .reader-note')).toHaveCount(2);
		await expect(page.getByText('could not be read')).toHaveCount(0);
		const sources = (await exportJson(page)).first.items.map((a) => a.target.source);
		expect(sources).toContain(`${baseURL}${ARTICLE}`);
		expect(sources).toHaveLength(2);
	});
}

test('notes stored under another spelling of the address by an earlier version are found and shown, never dropped', async ({
	page,
	baseURL,
}) => {
	await seed(page, [
		stored(1, {}, `${baseURL}/articles/alpha-2009/index.html`),
		stored(2, {}, `${baseURL}/articles/alpha%2D2009/`),
		stored(3, {}, `${baseURL}/articles//alpha-2009/`),
	]);
	await page.goto(ARTICLE);
	for (const n of [1, 2, 3]) await expect(page.locator('.reader-note').filter({ hasText: `Note ${n}.` })).toBeVisible();
	await page.goto('/notes/');
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(3);
	expect((await exportJson(page)).first.items).toHaveLength(3);
});

test('a stored record this version cannot draw is counted and kept; every other note is drawn; storage is not blamed', async ({ page }) => {
	const errors = noErrors(page);
	const later = stored(3, { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'evidence' }] });
	const broken = stored(4, { body: [null] });
	await seed(page, [stored(1), later, broken, stored(2)]);
	await page.goto(ARTICLE);
	await expect(page.locator('.reader-note')).toHaveCount(2);
	await expect.poll(() => highlighted(page, 'reader-question')).toEqual([WORDS, WORDS]);
	await expect(page.getByText('could not be read from this browser’s storage')).toHaveCount(0);
	await page.goto('/notes/');
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(2);
	await expect(page.getByRole('status').filter({ hasText: '2 stored notes could not be read by this version' })).toContainText(
		'they are kept as they are',
	);
	await expect(page.getByText('could not be read from this browser’s storage')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('an imported note naming another host is kept, and linked, on this site; a user name before the host is refused', async ({
	page,
	baseURL,
}) => {
	await page.goto('/notes/');
	const elsewhere = stored(5, {}, 'https://evil.example/articles/alpha-2009/');
	expect(await importText(page, 'elsewhere.jsonld', collection([elsewhere]))).toContain('1 added');
	const link = page.locator('#notes-list').getByRole('link', { name: `Paragraph ${PARA}` });
	expect(new URL((await link.getAttribute('href')) ?? '', baseURL).origin).toBe(baseURL);
	expect((await exportJson(page)).first.items.map((a) => a.target.source)).toEqual([`${baseURL}${ARTICLE}`]);

	const spoofed = stored(6, {}, `${baseURL}@evil.example/articles/alpha-2009/`);
	expect(await importText(page, 'spoofed.jsonld', collection([spoofed]))).toContain(
		'spoofed.jsonld: first.items[0].target.source: expected an http(s) address of a reading page with no user name before its host',
	);
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(1);
});
