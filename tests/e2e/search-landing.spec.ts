import { expect, test, type Page } from '@playwright/test';
import { FUNCTION_WORDS } from '../../src/shared/function-words';
import { SCHEMES, violations } from './axe';
import { BETA, openSearch } from './search-page';

/** Each mark's text, and the characters just outside it: a letter there would mean part of a longer word. */
const marks = (page: Page) =>
	page.locator('mark.pagefind-highlight').evaluateAll((ms) =>
		ms.map((m) => {
			const block = m.closest('p, li, h2, h3, figcaption, blockquote') ?? m.parentElement!;
			const range = document.createRange();
			range.setStart(block, 0);
			range.setEndBefore(m);
			const before = range.toString();
			range.setStartAfter(m);
			range.setEnd(block, block.childNodes.length);
			const after = range.toString();
			return { text: m.textContent ?? '', before: before.slice(-1), after: after.slice(0, 1), inTarget: !!m.closest(':target') };
		}),
	);

test.describe('landing from a search result', () => {
	test('a phrase search lands on the phrase: no function word alone, no part of a longer word, strongest where landed', async ({
		page,
	}) => {
		await openSearch(page, 'circle of trust');
		const link = page.locator(`#search-results a.sr-link[href^="${BETA}"]`).first();
		await expect(link).toHaveAttribute('href', /highlight=circle\+of\+trust/);
		expect(await link.getAttribute('href')).not.toMatch(/highlight=of(&|#|$)/);
		await link.click();
		await expect(page).toHaveURL(/\/articles\/beta-2010\/\?highlight=circle\+of\+trust/);
		await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
		const found = await marks(page);
		expect(found.length).toBeGreaterThan(0);
		for (const m of found) {
			expect(FUNCTION_WORDS.has(m.text.toLowerCase()), `"${m.text}" marked alone`).toBe(false);
			expect(m.before, `"${m.text}" continues a word before it`).not.toMatch(/[\p{L}\p{N}]/u);
			expect(m.after, `"${m.text}" is cut from a longer word`).not.toMatch(/[\p{L}\p{N}]/u);
		}
		expect(found.some((m) => /^circle of trust$/i.test(m.text))).toBe(true);
		// Bold where landed, regular elsewhere: strength shown without colour.
		const weights = await page
			.locator('mark.pagefind-highlight')
			.evaluateAll((ms) => ms.map((m) => ({ target: !!m.closest(':target'), weight: getComputedStyle(m).fontWeight })));
		expect(weights.filter((w) => w.target).every((w) => w.weight === '700')).toBe(true);
		expect(weights.filter((w) => !w.target).every((w) => w.weight !== '700')).toBe(true);
	});

	test('"of" alone in the parameter marks nothing, and the chip says why', async ({ page }) => {
		await page.goto(`${BETA}?highlight=of&highlight=circle#p-10`);
		await expect(page.locator('.highlight-chip')).toContainText('Highlighting: circle');
		await expect(page.locator('.highlight-chip')).toContainText('“of”');
		const texts = (await marks(page)).map((m) => m.text.toLowerCase());
		expect(texts).not.toContain('of');
		// "circles" (¶ 5) is marked whole, never its first six letters.
		expect(texts).toContain('circles');
		expect(texts.every((t) => t === 'circle' || t === 'circles')).toBe(true);
	});

	test('the chip clears the marks and takes the parameter out of the URL, keeping the place', async ({ page }) => {
		await page.goto(`${BETA}?highlight=circle%20of%20trust#p-9`);
		const chip = page.getByRole('region', { name: 'Search highlighting' });
		await expect(chip).toContainText('Highlighting: circle of trust');
		await expect(page.locator('#p-9 mark.pagefind-highlight')).not.toHaveCount(0);
		await chip.getByRole('button', { name: 'Clear the highlighting' }).click();
		await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
		await expect(chip).toHaveCount(0);
		await expect(page).toHaveURL(/\/articles\/beta-2010\/#p-9$/);
		// The text is whole again: the paragraph reads as before, phrase included.
		await expect(page.locator('#p-9')).toContainText('circle of trust');
	});

	for (const scheme of SCHEMES) {
		test(`axe: landing with marks and the chip, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${BETA}?highlight=circle%20of%20trust&highlight=Petroff#p-9`);
			await expect(page.locator('.highlight-chip')).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});
