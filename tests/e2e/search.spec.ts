import { expect, test } from '@playwright/test';
import { ALPHA, BETA, BETA_TITLE, openSearch, pageOf, resultPlaces } from './search-page';

interface Case {
	q: string;
	/** Extra URL parameters: mode, facets. */
	extra?: string;
	why: string;
	/** These places, in any order, are the first results. */
	top: string[];
	/** The pages every result belongs to (the set, exactly). */
	pages?: string[];
	/** The exact number of results. */
	count?: number;
}

/**
 * Over the fixture's texts (tests/fixtures/content/): Alpha writes Petrov (its caption and ¶2), Beta Petroff
 * (¶1 and ¶3); the end of Beta is there for search.
 */
const CASES: Case[] = [
	{
		q: 'Petrov',
		why: "Alpha's spelling finds both texts",
		top: [`${ALPHA}#caption`, `${ALPHA}#p-2`, `${BETA}#p-1`, `${BETA}#p-3`],
		pages: [ALPHA, BETA],
		count: 4,
	},
	{
		q: 'Petroff',
		why: "Beta's spelling finds both texts",
		top: [`${ALPHA}#caption`, `${ALPHA}#p-2`, `${BETA}#p-1`, `${BETA}#p-3`],
		pages: [ALPHA, BETA],
		count: 4,
	},
	{
		q: 'pétrov',
		why: 'diacritics and case do not matter',
		top: [`${ALPHA}#caption`, `${ALPHA}#p-2`, `${BETA}#p-1`, `${BETA}#p-3`],
		pages: [ALPHA, BETA],
		count: 4,
	},
	{ q: 'Ledger', why: 'a word in one paragraph', top: [`${ALPHA}#p-1`], pages: [ALPHA], count: 1 },
	{ q: '"first recognition"', why: 'a quoted phrase', top: [`${BETA}#p-1`], pages: [BETA], count: 1 },
	{
		q: '"circle of trust"',
		why: 'a phrase found in every paragraph that has it, and the heading',
		top: [`${BETA}#the-circle-of-trust`, `${BETA}#p-9`, `${BETA}#p-11`],
		count: 3,
	},
	{
		q: '"Ivan Petroff"',
		why: 'a phrase with a name, in both spellings',
		top: [`${ALPHA}#caption`, `${ALPHA}#p-2`, `${BETA}#p-1`, `${BETA}#p-3`],
		count: 4,
	},
	{ q: 'alliance bloc', why: 'both words in one paragraph come first', top: [`${ALPHA}#p-3`] },
	{ q: 'Eastport', why: 'a place name in Beta only', top: [`${BETA}#p-10`], pages: [BETA], count: 1 },
	{ q: 'outflanked', why: 'the last paragraph', top: [`${BETA}#p-11`], pages: [BETA], count: 1 },
	{ q: 'Éastport', why: 'an accent the text does not have', top: [`${BETA}#p-10`], pages: [BETA] },
	{
		q: 'outflanked',
		extra: '&mode=claims',
		why: 'claims only: the claim quoting the word comes first',
		top: ['/claims/beta-2010/bloc-outflanked/'],
	},
	{ q: 'Eastport', extra: '&mode=claims', why: 'claims only', top: ['/claims/beta-2010/eastport-summit/'] },
	{
		q: 'Petrov',
		extra: '&mode=claims',
		// A claim page shows its paragraph: Alpha ¶2 writes Petrov, Beta ¶1 and ¶3 (two claims each) Petroff.
		why: 'claims only, the claims of the paragraphs naming him in either spelling',
		top: [
			'/claims/alpha-2009/accord-planned/',
			'/claims/beta-2010/declaration-signed/',
			'/claims/beta-2010/first-recognition/',
			'/claims/beta-2010/smuggling-announced/',
			'/claims/beta-2010/un-office-2007/',
		],
	},
	{
		q: 'bloc',
		extra: `&article=${encodeURIComponent(BETA_TITLE)}`,
		why: 'filtered to one article, its passages in the text’s order',
		top: [`${BETA}#p-1`, `${BETA}#p-3`, `${BETA}#p-5`, `${BETA}#p-9`, `${BETA}#p-11`],
		pages: [BETA],
		count: 5,
	},
];

test.describe('queries land on the expected passages and claims', () => {
	for (const c of CASES) {
		test(`${c.q}${c.extra ?? ''}: ${c.why}`, async ({ page }) => {
			await openSearch(page, c.q, c.extra);
			const places = await resultPlaces(page);
			expect(places.slice(0, c.top.length).sort()).toEqual([...c.top].sort());
			if (c.pages) expect([...new Set(places.map(pageOf))].sort()).toEqual([...c.pages].sort());
			if (c.count !== undefined) expect(places).toHaveLength(c.count);
		});
	}

	test('a result link carries the matched words for highlighting', async ({ page }) => {
		await openSearch(page, 'Petrov');
		const hrefs = await page.locator('#search-results a.sr-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`${BETA}?highlight=Petroff#p-1`);
		expect(hrefs).toContain(`${ALPHA}?highlight=Petrov#p-2`);
	});

	test('a facet narrows claims and shows counts', async ({ page }) => {
		await openSearch(page, 'bloc', '&mode=claims');
		const all = await page.locator('#search-results > li').count();
		const report = page.getByRole('checkbox', { name: /^Report \(\d+\)$/ });
		const n = Number(/\((\d+)\)/.exec((await report.locator('xpath=..').textContent()) ?? '')?.[1]);
		expect(n).toBeGreaterThan(0);
		expect(n).toBeLessThan(all);
		await report.check();
		await expect(page.locator('#search-results > li')).toHaveCount(n);
		await expect(page).toHaveURL(/[?&]kind=Report/);
		expect(new Set(await page.locator('#search-results .sr-kind').allTextContents())).toEqual(new Set(['Report']));
		// More claims than one batch holds add "(the best 40 of …)" before the filter note.
		await expect(page.locator('#search-summary')).toContainText(
			new RegExp(`^${n} results for “bloc” among the claims (\\(the best \\d+ of \\d+\\) )?\\(filtered`),
		);
	});

	test('claims only: the claims index waits until asked for, then both modes count', async ({ page }) => {
		const claimFiles: string[] = [];
		page.on('request', (r) => void (r.url().includes('/pagefind/claims/') && claimFiles.push(r.url())));
		await openSearch(page, 'Petrov');
		await expect(page.locator('[data-count="passages"]')).toHaveText(/\(\d+\)/);
		// Passages found: no claim count yet, and nothing of the claims bundle fetched for one.
		await expect(page.locator('[data-count="claims"]')).toHaveText('(load to count)');
		expect(claimFiles).toEqual([]);
		await page.getByRole('radio', { name: /Claims only/ }).check();
		await expect(page.locator('#search-summary')).toContainText('among the claims');
		await expect(page.locator('[data-count="claims"]')).toHaveText(/\(\d+\)/);
		expect(claimFiles.length).toBeGreaterThan(0);
		const places = await resultPlaces(page);
		expect(places.length).toBeGreaterThan(0);
		for (const place of places) expect(place).toMatch(/^\/claims\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
		// Back to passages, the claims stay counted.
		await page.getByRole('radio', { name: /Passages in the texts/ }).check();
		await expect(page.locator('#search-summary')).toContainText('in the texts');
		await expect(page.locator('[data-count="claims"]')).toHaveText(/\(\d+\)/);
	});

	test('no passage matches: the claims that do are counted and pointed to', async ({ page }) => {
		// "newspaper" stands in a claim's summary, not in either text.
		await openSearch(page, 'newspaper');
		await expect(page.locator('#search-summary')).toContainText(
			/0 results for “newspaper” in the texts\. (1 claim page matches|\d+ claim pages match): choose “Claims only”\./,
		);
		await expect(page.locator('[data-count="claims"]')).toHaveText(/\(\d+\)/);
	});
});

test('keyboard only: "/" from a reading page, type, arrow down, Enter lands on the paragraph, highlighted', async ({ page }) => {
	await page.goto(ALPHA);
	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('outflanked');
	const panel = page.locator('.site-search-panel');
	await expect(panel.locator('a.sr-link').first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '1 result for “outflanked”' })).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	await expect(panel.locator('a.sr-link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/beta-2010\/\?highlight=outflanked#p-11$/);
	const mark = page.locator('#p-11 mark.pagefind-highlight');
	await expect(mark).toHaveText('outflanked');
	await expect(mark).toBeInViewport();
	// Only words of the text are marked: not the claim notes beside it, not the paragraph numbers.
	await expect(
		page.locator('.claim-note mark.pagefind-highlight, .claim-fold mark.pagefind-highlight, .pnum mark.pagefind-highlight'),
	).toHaveCount(0);
});

test('a highlighted word is marked in the text only: not in the claim notes, paragraph numbers or [sic] marks', async ({ page }) => {
	// "accord" is in ¶ 2's claim; "Beta" only in its claim note's links; "2" is ¶ 2's number; "sic" is only in the site's [sic] marks.
	await page.goto(`${ALPHA}?highlight=accord&highlight=Beta&highlight=2`);
	await expect(page.locator('#p-2 > mark.claim mark.pagefind-highlight').filter({ hasText: 'accord' })).toHaveCount(1);
	await expect(
		page.locator('.claim-note mark.pagefind-highlight, .claim-fold mark.pagefind-highlight, .pnum mark.pagefind-highlight'),
	).toHaveCount(0);
	await page.goto(`${BETA}?highlight=sic`);
	await expect(page.locator('.sic-mark').first()).toBeVisible();
	await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
});

test('keyboard on the search page: arrows move through results, Escape returns and clears, the live region counts', async ({ page }) => {
	await page.goto('/search/');
	await page.keyboard.press('Control+k');
	const input = page.locator('#search-q');
	await expect(input).toBeFocused();
	await page.keyboard.type('petrov');
	// Alpha's caption and ¶2, Beta's ¶1 and ¶3.
	await expect(page.locator('#search-status')).toHaveText('4 results for “petrov” in the texts');
	await expect(page).toHaveURL(/\?q=petrov$/);
	const links = page.locator('#search-results a.sr-link');
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(i)).toBeFocused();
	}
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(3)).toBeFocused();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Escape');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('petrov');
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
	await expect(page.locator('#search-results > li')).toHaveCount(0);
	// "/" typed in the box is a character, not the shortcut.
	await page.keyboard.type('a/b');
	await expect(input).toHaveValue('a/b');
});

test('Escape closes the header results, and a second Escape clears the box', async ({ page }) => {
	await page.goto('/about/');
	const input = page.locator('#site-search-q');
	await input.click();
	await page.keyboard.type('Ledger');
	const panel = page.locator('.site-search-panel');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(input).toHaveValue('Ledger');
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
});

test('the URL is the search: typing replaces it, a mode change adds to history, Back and Forward restore', async ({ page }) => {
	await page.goto('/search/');
	await page.locator('#search-q').fill('Petrov');
	await expect(page).toHaveURL(/\?q=Petrov$/);
	await expect(page.locator('#search-summary')).toContainText('in the texts');
	await page.getByRole('radio', { name: /Claims only/ }).check();
	await expect(page).toHaveURL(/\?q=Petrov&mode=claims$/);
	await expect(page.locator('#search-summary')).toContainText('among the claims');
	await page.goBack();
	await expect(page).toHaveURL(/\?q=Petrov$/);
	await expect(page.getByRole('radio', { name: /Passages in the texts/ })).toBeChecked();
	await expect(page.locator('#search-summary')).toContainText('in the texts');
	await page.goForward();
	await expect(page.locator('#search-summary')).toContainText('among the claims');
	await expect(page.locator('#search-q')).toHaveValue('Petrov');
	// A result, then Back: the search comes back as it was.
	await page.locator('#search-results a.sr-link').first().click();
	await expect(page).toHaveURL(/\/claims\//);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await page.goBack();
	await expect(page.locator('#search-q')).toHaveValue('Petrov');
	await expect(page.locator('#search-summary')).toContainText('among the claims');
});
