import { expect, test, type Locator, type Page } from '@playwright/test';
import { violations, SCHEMES } from './axe';

/** A claim's margin note on its reading page: the note that holds the claim's page link. */
const noteOf = (page: Page, id: string) => page.locator(`.claim-note:has(a[href$="/${id}/"])`);
/** Opens a note as a reader does, by its label (kind, who speaks). */
const open = (note: Locator) => note.locator('label').click();

const highlighted = (page: Page, id: string) =>
	page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');

/** The share of the paragraphs' own text (notes left out) that sits on a background. */
function backgroundShare(page: Page): Promise<number> {
	return page.evaluate(() => {
		let all = 0;
		let painted = 0;
		for (const p of document.querySelectorAll('.prose p[id^="p-"]')) {
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || parent.closest('.claim-note, .pnum')) continue;
				const n = (node.textContent ?? '').length;
				all += n;
				for (let el: Element | null = parent; el && el !== p.parentElement; el = el.parentElement) {
					if (getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)') {
						painted += n;
						break;
					}
				}
			}
		}
		return painted / all;
	});
}

test.describe('wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

	for (const id of ['alpha-2009', 'beta-2010']) {
		test(`${id}: quiet by default, at most 15% of the text on a background; highlighted on request`, async ({ page }) => {
			await page.goto(`/articles/${id}/`);
			await page.mouse.move(0, 0);
			expect(await backgroundShare(page)).toBeLessThanOrEqual(0.15);
			// A claim related to the other text has its letter and its note beside it.
			expect(await page.locator('mark.claim.across').count()).toBeGreaterThan(0);
			await expect(page.locator('.claim-note').first()).toBeVisible();
			// Highlighted paints the claims that carry the comparison, and only those.
			await page.getByRole('radio', { name: 'highlighted' }).check();
			const painted = (sel: string) =>
				page.locator(sel).evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'));
			expect(new Set(await painted('mark.claim.across'))).toEqual(new Set([true]));
			expect(new Set(await painted('mark.claim:not(.across)'))).toEqual(new Set([false]));
		});
	}

	test('hovering a claim lights it up; its letter ties it to its note', async ({ page }) => {
		await page.goto('/articles/alpha-2009/');
		expect(await highlighted(page, 'claim-seat-beside-un')).toBe(false);
		await page.locator('#claim-seat-beside-un').scrollIntoViewIfNeeded();
		const line = await page.locator('#claim-seat-beside-un').evaluate((el) => {
			const r = el.getClientRects()[1] ?? el.getClientRects()[0];
			return { x: (r?.left ?? 0) + 20, y: (r?.top ?? 0) + 8 };
		});
		await page.mouse.move(line.x, line.y);
		expect(await highlighted(page, 'claim-seat-beside-un')).toBe(true);
		await page.mouse.move(0, 0);
		expect(await highlighted(page, 'claim-seat-beside-un')).toBe(false);
	});

	test('a relation leads from Alpha to Beta, its note open, and a way back to the same claim', async ({ page }) => {
		await page.goto('/articles/alpha-2009/');
		const note = noteOf(page, 'seat-beside-un');
		const chip = note.locator('.claim-links a[href="/articles/beta-2010/#claim-smuggling-announced"]');
		await expect(chip).toHaveText('Beta ¶3');
		await chip.click();
		await expect(page).toHaveURL(/\/articles\/beta-2010\/\?from=.*#claim-smuggling-announced$/);
		const arrived = noteOf(page, 'smuggling-announced');
		await expect(page.locator('#claim-smuggling-announced')).toBeInViewport();
		expect(await highlighted(page, 'claim-smuggling-announced')).toBe(true);
		await expect(arrived.locator('input')).toBeChecked();
		await expect(arrived.locator('.claim-summary')).toBeVisible();
		// The relation's note, beside its chip.
		await expect(arrived.locator('.claim-why').first()).toContainText('Alpha speaks of a seat beside the UN');
		const back = page.getByRole('link', { name: /^← Back to Alpha ¶5$/ });
		await expect(back).toBeVisible();
		await back.click();
		// Back in history: the page as the reader left it, the claim where it was.
		await expect(page).toHaveURL(/\/articles\/alpha-2009\/$/);
		await expect(page.locator('#claim-seat-beside-un')).toBeInViewport();
		await expect(noteOf(page, 'seat-beside-un').locator('input')).not.toBeChecked();
	});

	test("the browser's Back returns to the same place", async ({ page }) => {
		await page.goto('/articles/alpha-2009/#claim-no-reasons');
		await expect(page.locator('#claim-no-reasons')).toBeInViewport();
		const y = await page.evaluate(() => scrollY);
		await noteOf(page, 'no-reasons').locator('.claim-links a').first().click();
		await expect(page).toHaveURL(/\/articles\/beta-2010\//);
		await page.goBack();
		await expect(page).toHaveURL(/\/articles\/alpha-2009\/#claim-no-reasons$/);
		await expect(page.locator('#claim-no-reasons')).toBeInViewport();
		expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(40);
	});

	test('a way back is never guessed: a from= the arrived claim does not relate to shows none', async ({ page }) => {
		await page.goto('/articles/beta-2010/?from=/claims/alpha-2009/ledger-breakthrough/#claim-smuggling-announced');
		await expect(noteOf(page, 'smuggling-announced').locator('.claim-summary')).toBeVisible();
		await expect(page.locator('.claim-back')).toHaveCount(0);
		await page.goto('/articles/beta-2010/?from=%3Cimg%20src%3Dx%3E#claim-smuggling-announced');
		await expect(noteOf(page, 'smuggling-announced').locator('.claim-summary')).toBeVisible();
		await expect(page.locator('.claim-back, img[src="x"]')).toHaveCount(0);
	});

	test('the preview of a linked claim is a card: where it is from, the quote, why related; beside the note, never over it', async ({
		page,
	}) => {
		const json: string[] = [];
		page.on('request', (r) => void (r.url().endsWith('.json') && json.push(new URL(r.url()).pathname)));
		await page.goto('/articles/beta-2010/');
		const note = noteOf(page, 'reasons-plain');
		const link = note.locator('.claim-links a').first();
		await link.focus();
		const preview = page.getByRole('tooltip');
		await expect(preview).toBeVisible();
		await expect(preview.locator('.claim-kind')).toHaveText(/^Alpha 2009 · ¶8 · Report/);
		await expect(preview).toContainText('“The alliance offered no reasons for its refusal.');
		await expect(preview.locator('.claim-preview-why')).not.toBeEmpty();
		await expect(link).toHaveAttribute('aria-describedby', 'claim-preview');
		const [card, box] = [await preview.boundingBox(), await note.boundingBox()];
		expect((card?.x ?? 0) + (card?.width ?? 0)).toBeLessThanOrEqual(box?.x ?? 0);
		// Only the articles needed were fetched, never the whole list.
		expect(json.filter((p) => p.startsWith('/claims')).sort()).toEqual(['/claims/alpha-2009.json', '/claims/beta-2010.json']);
		await page.keyboard.press('Escape');
		await expect(preview).toBeHidden();
	});

	test('the notes open with the keyboard, in reading order within their paragraph', async ({ page }) => {
		await page.goto('/articles/beta-2010/#p-3');
		await page.locator('#p-3 .pnum').focus();
		// Focusing a paragraph number loads the reader's notes, which put "Note on paragraph 3" after it
		// (src/scripts/notes/reader-notes.entry.ts); waiting for it keeps the Tab order the same however fast the script loads.
		const paraNote = page.getByRole('button', { name: 'Note on paragraph 3' });
		await expect(paraNote).toBeAttached();
		await page.keyboard.press('Tab');
		await expect(paraNote).toBeFocused();
		// Then the paragraph's notes, after its words: each note's chips, then its box.
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveText('Alpha ¶5');
		for (let i = 0; i < 4 && (await page.locator(':focus').getAttribute('type')) !== 'checkbox'; i++) await page.keyboard.press('Tab');
		const box = page.locator('input:focus');
		await expect(box).toHaveAttribute('type', 'checkbox');
		const note = page.locator('.claim-note', { has: box });
		const pageLink = note.getByRole('link', { name: 'Claim page' });
		await expect(pageLink).toBeHidden();
		await page.keyboard.press('Space');
		await expect(pageLink).toHaveAttribute('href', '/claims/beta-2010/smuggling-announced/');
		await expect(pageLink).toBeVisible();
		await expect(note.locator('.claim-summary')).toContainText('Our summary:');
		await page.keyboard.press('Space');
		await expect(note.locator('.claim-summary')).toBeHidden();
	});

	test('copy link puts the claim permalink on the clipboard', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/articles/alpha-2009/');
		const note = noteOf(page, 'no-reasons');
		await open(note);
		await note.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/alpha-2009/#claim-no-reasons`);
	});

	test('the claims switch is remembered: off hides letters and notes', async ({ page }) => {
		await page.goto('/articles/alpha-2009/');
		await page.getByRole('radio', { name: 'off' }).check();
		await expect(page.locator('.claim-note').first()).toBeHidden();
		await page.goto('/articles/beta-2010/');
		await expect(page.getByRole('radio', { name: 'off' })).toBeChecked();
		await expect(page.locator('.claim-note').first()).toBeHidden();
		expect(
			await page
				.locator('mark.claim.across')
				.first()
				.evaluate((el) => getComputedStyle(el, '::before').display),
		).toBe('none');
		await page.getByRole('radio', { name: 'quiet' }).check();
		await expect(page.locator('.claim-note').first()).toBeVisible();
	});

	test('axe: every claims state, with a note open, in light and dark', async ({ page }) => {
		test.setTimeout(120_000);
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/articles/alpha-2009/?from=/claims/beta-2010/reasons-plain/#claim-no-reasons');
			await expect(page.locator('.claim-back')).toBeVisible();
			for (const mode of ['quiet', 'highlighted', 'off']) {
				await page.getByRole('radio', { name: mode }).check();
				expect(await violations(page), `${scheme}, ${mode}`).toEqual([]);
			}
		}
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test("a paragraph's notes fold into one disclosure after it", async ({ page }) => {
		await page.goto('/articles/beta-2010/');
		await expect(page.locator('.claim-note').first()).toBeHidden();
		// The same rule as the margin: the claims related to the other text (¶2 holds two, and no other claim).
		const count = await page.locator('#p-2 mark.claim.across').count();
		expect(count).toBe(2);
		const fold = page.locator('#p-2 + .claim-fold');
		await expect(fold.locator('summary')).toHaveText(`${count} related claims`);
		await fold.locator('summary').click();
		await expect(fold.locator('li')).toHaveCount(count);
		await expect(fold.locator('.claim-links a').first()).toBeVisible();
	});
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

	test('a claim permalink lands on the claim, highlighted, its note showing its relations and page', async ({ page }) => {
		await page.goto('/articles/beta-2010/#claim-act-without-resolution');
		await expect(page.locator('#claim-act-without-resolution')).toBeInViewport();
		expect(await highlighted(page, 'claim-act-without-resolution')).toBe(true);
		expect(await highlighted(page, 'claim-reasons-plain')).toBe(false);
		const note = noteOf(page, 'act-without-resolution');
		await expect(note.locator('.claim-links a').first()).toBeVisible();
		await expect(note.getByRole('link', { name: 'Claim page' })).toBeVisible();
		// Nothing to tick without JavaScript: no control that does nothing.
		await expect(note.locator('input')).toBeHidden();
		await expect(page.locator('#claims-mode')).toBeHidden();
	});
});

test('each reading page leads to the parallel view with its text on the left', async ({ page }) => {
	for (const [id, other] of [
		['alpha-2009', 'Beta'],
		['beta-2010', 'Alpha'],
	] as const) {
		await page.goto(`/articles/${id}/`);
		await page.getByRole('link', { name: `Read it side by side with ${other}` }).click();
		await expect(page).toHaveURL(new RegExp(`/read/${id}/[a-z0-9-]+/$`));
		await expect(page.locator(`[id^="${id}-p-"]`).first()).toBeVisible();
	}
});
