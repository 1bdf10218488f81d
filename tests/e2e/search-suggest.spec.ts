import { expect, test, type Page } from '@playwright/test';
import { editDistance, maxDistance } from '../../src/shared/spelling';
import { SCHEMES, violations } from './axe';
import { ALPHA, BETA, openSearch } from './search-page';

interface Slip {
	/** A word of the texts, as they write it: the suggestion expected first. */
	word: string;
	typed: string;
	slip: string;
}

/** Over the fixture's texts (tests/fixtures/content/). */
const SLIPS: Slip[] = [
	{ word: 'Eastport', typed: 'Eastprot', slip: 'two letters swapped in a place' },
	{ word: 'Petrov', typed: 'Petorv', slip: 'two letters swapped in Alpha’s spelling of a name' },
	{ word: 'Eastport', typed: 'Eestpurt', slip: 'two letters changed' },
	{ word: 'declaration', typed: 'declaraton', slip: 'a letter dropped from a common word' },
	{ word: 'recognition', typed: 'recogintion', slip: 'a transposition in a common word' },
	{ word: 'outflanked', typed: 'outflenked', slip: 'a letter changed in Beta’s word' },
	{ word: 'privately', typed: 'privatley', slip: 'a transposition at the end' },
	{ word: 'bloc', typed: 'bolc', slip: 'a transposition in a short word (one edit at most)' },
	// Pagefind answers these with what their parts match (“a”, “UN”): results that hold no word the reader typed.
	{ word: 'alliance', typed: 'aliance', slip: 'a doubled letter typed once, which Pagefind answers with passages holding “a”' },
	{ word: 'United', typed: 'untied', slip: 'a transposition Pagefind answers with passages holding “UN”' },
];

/** The words of both reading pages' text, as a reader sees them. */
async function textsOf(page: Page): Promise<string> {
	let all = '';
	for (const url of [ALPHA, BETA]) {
		await page.goto(url);
		all += ` ${await page
			.locator('[data-pagefind-body]')
			.allInnerTexts()
			.then((t) => t.join(' '))}`;
	}
	return all;
}

test.describe('did you mean', () => {
	test('the table is sound: each word is in the texts, each slip is not, and within reach', async ({ page }) => {
		const text = await textsOf(page);
		for (const { word, typed } of SLIPS) {
			expect(text, word).toMatch(new RegExp(`\\b${word}\\b`));
			expect(text.toLowerCase(), typed).not.toMatch(new RegExp(`\\b${typed.toLowerCase()}\\b`));
			expect(editDistance(typed.toLowerCase(), word.toLowerCase())).toBeLessThanOrEqual(maxDistance(typed.toLowerCase()));
		}
	});

	for (const { word, typed, slip } of SLIPS) {
		test(`${typed} → ${word}: ${slip}`, async ({ page }) => {
			await openSearch(page, typed);
			await expect(page.locator('#search-suggest a').first()).toHaveText(word);
		});
	}

	test('a suggestion runs the corrected query, in the URL too, keeping the other words', async ({ page }) => {
		await openSearch(page, 'Ivan Petorv');
		const link = page.getByRole('link', { name: 'Ivan Petrov' });
		await expect(link).toHaveAttribute('href', '/search/?q=Ivan+Petrov');
		await link.click();
		await expect(page.locator('#search-q')).toHaveValue('Ivan Petrov');
		await expect(page).toHaveURL(/\?q=Ivan\+Petrov$/);
		await expect(page.locator('#search-results a.sr-link').first()).toBeVisible();
		await expect(page.locator('#search-suggest')).toBeHidden();
	});

	test('the vocabulary costs nothing for a query that finds, and only its length’s parts for one that does not', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			const m = /\/search-vocabulary\/(\d+)\.json$/.exec(r.url());
			if (m) fetched.push(m[1]!);
		});
		// "bloc" is in six passages: enough that its words are not checked.
		await openSearch(page, 'bloc');
		await expect(page.locator('#search-results a.sr-link').first()).toBeVisible();
		expect(fetched).toEqual([]);
		// Eight letters, up to two edits: the parts of 6 to 10 letters.
		await page.locator('#search-q').fill('Eastprot');
		await expect(page.locator('#search-suggest a').first()).toHaveText('Eastport');
		expect(fetched.map(Number).sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
	});

	test('in the header box: ↓ reaches the suggestion, Enter runs it there', async ({ page }) => {
		await page.goto(BETA);
		await page.locator('#site-search-q').fill('aliance');
		const suggestion = page.locator('.site-search-panel .search-suggest a');
		await expect(suggestion).toHaveText('alliance');
		await page.keyboard.press('ArrowDown');
		await expect(suggestion).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#site-search-q')).toHaveValue('alliance');
		await expect(page.locator('#site-search-q')).toBeFocused();
		await expect(page.locator('.site-search-panel a.sr-link').first()).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${BETA}$`));
	});

	test('zero results: full width, suggestions above, then the claims index and the entity index as ways in', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openSearch(page, 'Eastprot xylophone');
		const none = page.locator('#search-none');
		await expect(none).toBeVisible();
		await expect(none.getByRole('link', { name: 'claims index' })).toHaveAttribute('href', '/claims/');
		await expect(none.getByRole('link', { name: 'people, organisations and places' })).toHaveAttribute('href', '/entities/');
		await expect(page.locator('#search-suggest a').first()).toHaveText('Eastport xylophone');
		const [suggest, summary, ways] = await Promise.all(
			['#search-suggest', '#search-summary', '#search-none'].map((s) => page.locator(s).boundingBox()),
		);
		expect(suggest!.y).toBeLessThan(summary!.y);
		expect(summary!.y).toBeLessThan(ways!.y);
		// The results area starts at the page's left edge, not in a 13rem column beside hidden filters.
		const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
		const area = await page.locator('#search-area').boundingBox();
		expect(Math.abs(area!.x - h1!.x)).toBeLessThan(2);
		expect(area!.width).toBeGreaterThan(600);
	});

	for (const scheme of SCHEMES) {
		test(`axe: suggestions and zero results on the search page, and in the header box, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await openSearch(page, 'Eastprot');
			await expect(page.locator('#search-suggest a')).toBeVisible();
			await expect(page.locator('#search-none')).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await page.goto(ALPHA);
			await page.locator('#site-search-q').fill('Eastprot');
			await expect(page.locator('.site-search-panel .search-suggest a')).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});
