import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../playwright.base-path.config';

/** Under a base path, every spelling of a reading page's address keeps its notes under the page's own (robustness review, failure 3). */

test.use({ viewport: { width: 1280, height: 800 } });

for (const spelling of ['articles/mcdermott-2009/index.html', 'articles/mcdermott%2D2009/', 'articles//mcdermott-2009/']) {
	test(`${BASE_PATH}${spelling}: a note added there is kept under ${BASE_PATH}articles/mcdermott-2009/ and read back everywhere`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${BASE_PATH}${spelling}`);
		await page.locator('#p-6').evaluate((p) => {
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = (node.textContent ?? '').indexOf('draft document');
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + 'draft document'.length);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return;
			}
		});
		await page.getByRole('group', { name: 'Selected words' }).getByRole('button', { name: 'Add note' }).click();
		await page.getByRole('textbox', { name: 'Note' }).fill('Under the base path.');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.locator('.reader-note').filter({ hasText: 'Under the base path.' })).toBeVisible();
		const sources = await page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const open = indexedDB.open('un-csto-companion');
					open.onsuccess = () => {
						const all = open.result.transaction('annotations').objectStore('annotations').getAll();
						all.onsuccess = () => resolve(all.result.map((a: { target: { source: string } }) => a.target.source));
					};
				}),
		);
		expect(sources).toEqual([`${baseURL}${BASE_PATH}articles/mcdermott-2009/`]);

		await page.goto(`${BASE_PATH}articles/mcdermott-2009/`);
		await expect(page.locator('.reader-note').filter({ hasText: 'Under the base path.' })).toBeVisible();
		await page.goto(`${BASE_PATH}notes/`);
		const link = page.locator('#notes-list').getByRole('link', { name: 'Paragraph 6' });
		await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}${BASE_PATH}articles/mcdermott-2009/\\?passage=`));
		await expect(page.getByText('could not be read')).toHaveCount(0);
	});
}
