import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, collection, importText, PARA, seed, stored } from './notes-fixtures';

/**
 * Many notes stay smooth (robustness review, failure 8): up to the site's
 * 5,000-note limit, an import and a drawing are worked through in batches,
 * and the page runs other tasks in between. Checked structurally, never by a
 * stopwatch: a probe, a timer that re-arms itself, notes each task boundary at
 * which the work is under way; work done in one long task leaves it none.
 */

test.use({ viewport: { width: 1280, height: 800 } });
test.setTimeout(300_000);

const MANY = Number(process.env.MANY ?? 5000);
const notes = (from: number) => Array.from({ length: MANY }, (_, i) => stored(from + i));

/** Counts, as `name`, the task boundaries at which `busy()` holds in the page, from its first script on. */
async function probe(page: Page, busy: string, name = 'between'): Promise<void> {
	await page.addInitScript(
		({ busy, name }) => {
			const w = window as unknown as Record<string, number>;
			w[name] = 0;
			const check = new Function(`return (${busy});`) as () => boolean;
			const tick = () => {
				if (check()) w[name] = (w[name] ?? 0) + 1;
				setTimeout(tick, 0);
			};
			tick();
		},
		{ busy, name },
	);
}
const between = (page: Page, name = 'between') => page.evaluate((name) => (window as unknown as Record<string, number>)[name], name);

test(`a ${MANY}-note file imports into an empty browser while the page keeps answering the reader`, async ({ page }) => {
	await probe(page, `/notes checked/.test(document.getElementById('notes-message')?.textContent ?? '')`);
	// The list of what was imported joins the page in batches too.
	const shown = `document.querySelectorAll('#notes-list .reader-note:not([hidden])').length`;
	await probe(page, `((n) => n > 0 && n < ${MANY})(${shown})`, 'partlyShown');
	await page.goto('/notes/');
	await expect(page.locator('#notes-list')).toContainText('No notes yet');
	await page.evaluate(() => {
		const w = window as unknown as { clicks: string[] };
		w.clicks = [];
		document.addEventListener('click', () => w.clicks.push(document.getElementById('notes-message')?.textContent ?? ''));
	});
	const file = collection(notes(1));
	await page
		.getByLabel('Import an exported file')
		.setInputFiles({ name: 'many.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(file) });
	// The reader clicks while it imports: each click is answered, some of them before the import is done.
	const message = page.locator('#notes-message');
	while (!/added|nothing/i.test((await message.textContent()) ?? '')) await page.locator('h1').click();
	await expect(message).toHaveText(`many.jsonld: ${MANY} added, 0 updated, 0 already here.`);
	expect(await between(page)).toBeGreaterThan(1);
	const clicks = await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks);
	expect(clicks.some((m) => /notes checked/.test(m))).toBe(true);
	await expect(page.locator('#notes-list .reader-note')).toHaveCount(MANY, { timeout: 90_000 });
	await expect(page.locator('#notes-list')).not.toHaveAttribute('aria-busy', 'true', { timeout: 90_000 });
	await expect(page.locator('#notes-list .reader-note:visible')).toHaveCount(MANY);
	expect(await between(page, 'partlyShown')).toBeGreaterThan(1);
	// The same file again: nothing changes, every id counted once.
	expect(await importText(page, 'again.jsonld', file)).toContain(`0 added, 0 updated, ${MANY} already here`);
});

test(`a reading page with ${MANY} notes draws them all in batches, answering the reader in between`, async ({ page }) => {
	await seed(page, notes(1));
	await probe(page, `document.querySelector('.reading .prose')?.getAttribute('aria-busy') === 'true'`);
	// The notes join the page in batches too, not in one long task: at some task boundaries part of them is shown.
	const shown = `document.querySelectorAll('.reading .reader-note:not([hidden])').length`;
	await probe(page, `((n) => n > 0 && n < ${MANY})(${shown})`, 'partlyShown');
	await page.goto(ARTICLE);
	await expect(page.locator(`#p-${PARA} .reader-notes .reader-note`)).toHaveCount(MANY, { timeout: 90_000 });
	await expect(page.locator('.reading .prose')).not.toHaveAttribute('aria-busy', 'true', { timeout: 90_000 });
	await expect(page.locator(`#p-${PARA} .reader-notes .reader-note:visible`)).toHaveCount(MANY);
	expect(await between(page)).toBeGreaterThan(1);
	expect(await between(page, 'partlyShown')).toBeGreaterThan(1);
});
