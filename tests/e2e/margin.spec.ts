import { expect, test } from '@playwright/test';
import { readArticle } from '../support/capture';
import { violations } from './axe';
import { ARTICLE_IDS } from './pages';

/** The reading margin carries the comparison: notes only for claims related to the other text (issue 29). */
test.describe('wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

	test('only a claim related to the other text has a letter and a note; the others say their kind on hover', async ({ page }) => {
		for (const id of ARTICLE_IDS) {
			await page.goto(`/articles/${id}/`);
			const letter = (sel: string) => page.locator(sel).evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
			expect((await letter('mark.claim.across')).every((c) => /counter\(claim, lower-alpha\)/.test(c))).toBe(true);
			expect(new Set(await letter('mark.claim:not(.across)'))).toEqual(new Set(['none']));
			// As many notes in each paragraph as letters, none for the others.
			const counts = await page
				.locator('.prose p[id^="p-"]')
				.evaluateAll((ps) => ps.map((p) => [p.querySelectorAll('mark.across').length, p.querySelectorAll('.claim-note').length]));
			for (const [marks, notes] of counts) expect(notes).toBe(marks);
			const titles = await page.locator('mark.claim:not(.across)').evaluateAll((els) => els.map((el) => el.getAttribute('title')));
			for (const t of titles) expect(t).toMatch(/^(Report|Assessment|Prediction)( · .+)?$/);
		}
	});

	test('a note links only to the other text, each link saying whose paragraph: "agrees · Alpha ¶3"', async ({ page }) => {
		for (const id of ARTICLE_IDS) {
			const surnames = ARTICLE_IDS.filter((other) => other !== id).map((other) => readArticle(other).data.author.name.split(' ').at(-1));
			await page.goto(`/articles/${id}/`);
			const links = await page
				.locator('.claim-notes .claim-links a')
				.evaluateAll((as) =>
					as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '', chip: a.parentElement?.textContent ?? '' })),
				);
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) {
				expect(link.href.startsWith(`/articles/${id}/`), link.href).toBe(false);
				expect(
					surnames.some((s) => link.text.startsWith(`${s} ¶`)),
					link.text,
				).toBe(true);
				expect(link.chip).toMatch(/^[a-z ]+ · /);
			}
			expect(await page.locator('.claim-notes').allTextContents()).not.toContainEqual(expect.stringContaining('this text'));
		}
	});

	test('every note sits beside its own paragraph, and opening one moves no paragraph and no note out of line with its own', async ({
		page,
	}) => {
		const withTwo: string[] = [];
		for (const id of ARTICLE_IDS) {
			await page.goto(`/articles/${id}/`);
			const placed = () =>
				page.locator('.claim-note').evaluateAll((notes) =>
					notes.map((note) => {
						const p = note.closest('p') as HTMLElement;
						const next = p.nextElementSibling?.closest('.prose > *') ? p.nextElementSibling : null;
						const r = note.getBoundingClientRect();
						const pr = p.getBoundingClientRect();
						return {
							top: r.top + scrollY,
							p: pr.top + scrollY,
							pBottom: pr.bottom + scrollY,
							next: next?.getBoundingClientRect().top ?? Infinity,
							id: p.id,
						};
					}),
				);
			const before = await placed();
			for (const n of before) {
				// Level with its paragraph: not above it, and starting before its paragraph ends.
				expect(n.top, n.id).toBeGreaterThanOrEqual(n.p - 2);
				expect(n.top, n.id).toBeLessThan(n.pBottom);
			}
			// The first paragraph with two notes or more: opening its first note must not move its second.
			const index = await page
				.locator('.claim-note')
				.evaluateAll((notes) => notes.findIndex((note) => (note.parentElement?.querySelectorAll('.claim-note').length ?? 0) > 1));
			// The fixture's Beta ¶2 has two; a text without such a paragraph has nothing to push.
			if (index < 0) continue;
			withTwo.push(id);
			const opened = page.locator('.claim-note').nth(index);
			await opened.locator('label').click();
			await expect(opened.locator('.claim-summary')).toContainText('Our summary:');
			// No paragraph moves, and no other note moves at all (the opened note is focused, so hovered kinds count too).
			const after = await placed();
			expect(after.map((n) => [n.id, n.p, n.pBottom])).toEqual(before.map((n) => [n.id, n.p, n.pBottom]));
			expect(after.map((n, i) => (i === index ? 0 : Math.round(n.top)))).toEqual(
				before.map((n, i) => (i === index ? 0 : Math.round(n.top))),
			);
			// Its kind and speaker are shown, in the opened part that lies over the notes below.
			await expect(opened.locator('.claim-more')).toContainText(/^(Report|Assessment|Prediction)/);
			await expect(opened.locator('.claim-more .claim-kind')).toBeVisible();
		}
		expect(withTwo, 'a paragraph with two notes').not.toEqual([]);
	});

	test("a screen reader hears the author's sentence whole, then our note; a copied passage holds the author's words only", async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/articles/alpha-2009/');
		// No note inside a claim's words: the notes come after the paragraph's last word.
		expect(await page.locator('mark.claim .claim-note').count()).toBe(0);
		const last = await page.locator('.prose p:has(.claim-notes)').evaluateAll((ps) => ps.map((p) => p.lastElementChild?.className));
		expect(new Set(last)).toEqual(new Set(['claim-notes']));
		await page.locator('#p-2').evaluate((p) => {
			const range = document.createRange();
			range.selectNodeContents(p);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		});
		await page.keyboard.press('Control+C');
		const copied = (await page.evaluate(() => navigator.clipboard.readText())).trim();
		expect(copied.startsWith('The bloc hopes to sign an accord'), copied).toBe(true);
		expect(copied.endsWith('Ivan Petrov, its secretary-general, said so.'), copied).toBe(true);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe: both reading pages at 390 (folds open) and 1280 (a note open, kinds shown), ${scheme}`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.emulateMedia({ colorScheme: scheme });
		for (const id of ARTICLE_IDS) {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`/articles/${id}/`);
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			expect(await violations(page), `${id} 390`).toEqual([]);
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(`/articles/${id}/`);
			await page.locator('.claim-note label').first().click();
			await expect(page.locator('.claim-note .claim-summary').first()).toBeVisible();
			await page.locator('.claim-note').nth(1).locator('input').focus();
			expect(await violations(page), `${id} 1280`).toEqual([]);
		}
	});
}
