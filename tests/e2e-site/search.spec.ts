import { expect, test } from '@playwright/test';
import { BLANK, BLANK_TITLE, MCD, openSearch, pageOf, resultPlaces } from '../e2e/search-page';

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

const CASES: Case[] = [
	{ q: 'Bakiev', why: "McDermott's spelling finds both texts", top: [`${BLANK}#p-9`, `${MCD}#caption`], pages: [MCD, BLANK] },
	{ q: 'Bakiyev', why: "Blank's spelling finds both texts", top: [`${BLANK}#p-9`, `${MCD}#caption`], pages: [MCD, BLANK] },
	{ q: 'bakíev', why: 'diacritics and case do not matter', top: [`${BLANK}#p-9`, `${MCD}#caption`], pages: [MCD, BLANK] },
	{ q: 'NAZARBAYEV', why: 'the usual spelling finds McDermott’s Nazarbaev', top: [`${MCD}#caption`], pages: [MCD] },
	{ q: 'Imomali Rahmon', why: 'Imomali finds Emomali', top: [`${MCD}#caption`], pages: [MCD] },
	{ q: 'Nikolay Bordyuzha', why: 'Nikolay finds Nikolai, in both texts', top: [`${BLANK}#p-1`, `${MCD}#p-2`], pages: [MCD, BLANK] },
	{ q: 'Ki Moon', why: 'Ki-Moon without its hyphen', top: [`${BLANK}#p-2`], pages: [BLANK] },
	{ q: 'Kommersant', why: 'a word in one paragraph', top: [`${MCD}#p-1`], pages: [MCD], count: 1 },
	{ q: '"Collective Operational Reaction Force"', why: 'a quoted phrase', top: [`${MCD}#p-8`], pages: [MCD], count: 1 },
	{ q: '"sphere of influence"', why: 'a phrase found in every paragraph that has it', top: [`${BLANK}#p-6`, `${BLANK}#p-9`], count: 2 },
	{ q: '"Kurmanbek Bakiev"', why: 'a phrase with a name, in both spellings', top: [`${MCD}#caption`, `${BLANK}#p-9`], count: 2 },
	{ q: 'West Point', why: 'both words in one paragraph come first', top: [`${MCD}#p-10`] },
	{ q: 'Transforming the CSTO', why: 'a section heading', top: [`${MCD}#transforming-the-csto`] },
	{ q: 'Ashgabat', why: 'a place name in Blank only', top: [`${BLANK}#p-3`], pages: [BLANK], count: 1 },
	{ q: 'snookered', why: 'the last paragraph', top: [`${BLANK}#p-9`], pages: [BLANK], count: 1 },
	{ q: 'Medvédev', why: 'an accent the text does not have', top: [`${MCD}#caption`], pages: [MCD] },
	{
		q: 'snookered',
		extra: '&mode=claims',
		why: 'claims only: the claim quoting the word comes first',
		top: ['/claims/blank-2010/ban-snookered/'],
	},
	{ q: 'Ashgabat', extra: '&mode=claims', why: 'claims only', top: ['/claims/blank-2010/ashgabat-center/'] },
	{ q: 'Bakiev', extra: '&mode=claims', why: 'claims only, the other spelling', top: ['/claims/blank-2010/sphere-of-influence-dream/'] },
	{
		q: 'NATO',
		extra: `&article=${encodeURIComponent(BLANK_TITLE)}`,
		why: 'filtered to one article, its passages in the text’s order (¶4 spells out the North Atlantic Treaty Organization)',
		top: [`${BLANK}#p-4`, `${BLANK}#p-5`, `${BLANK}#p-6`],
		pages: [BLANK],
		count: 3,
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
		await openSearch(page, 'Bakiev');
		const hrefs = await page.locator('#search-results a.sr-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`${BLANK}?highlight=Bakiyev#p-9`);
		expect(hrefs).toContain(`${MCD}?highlight=Bakiev#caption`);
	});

	test('a facet narrows claims and shows counts', async ({ page }) => {
		await openSearch(page, 'NATO', '&mode=claims');
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
			new RegExp(`^${n} results for “NATO” among the claims (\\(the best \\d+ of \\d+\\) )?\\(filtered`),
		);
	});

	test('claims only: the claims index waits until asked for, then both modes count', async ({ page }) => {
		const claimFiles: string[] = [];
		page.on('request', (r) => void (r.url().includes('/pagefind/claims/') && claimFiles.push(r.url())));
		await openSearch(page, 'Bordyuzha');
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
		// "sidelined" stands in a claim's summary, not in either text.
		await openSearch(page, 'sidelined');
		await expect(page.locator('#search-summary')).toContainText(
			/0 results for “sidelined” in the texts\. (1 claim page matches|\d+ claim pages match): choose “Claims only”\./,
		);
		await expect(page.locator('[data-count="claims"]')).toHaveText(/\(\d+\)/);
	});
});

test('keyboard only: "/" from a reading page, type, arrow down, Enter lands on the paragraph, highlighted', async ({ page }) => {
	await page.goto(MCD);
	await page.keyboard.press('/');
	await expect(page.locator('#site-search-q')).toBeFocused();
	await page.keyboard.type('snookered');
	const panel = page.locator('.site-search-panel');
	await expect(panel.locator('a.sr-link').first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '1 result for “snookered”' })).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	await expect(panel.locator('a.sr-link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\/blank-2010\/\?highlight=snookered#p-9$/);
	const mark = page.locator('#p-9 mark.pagefind-highlight');
	await expect(mark).toHaveText('snookered');
	await expect(mark).toBeInViewport();
	// Only words of the text are marked: not the claim notes beside it, not the paragraph numbers.
	await expect(
		page.locator('.claim-note mark.pagefind-highlight, .claim-fold mark.pagefind-highlight, .pnum mark.pagefind-highlight'),
	).toHaveCount(0);
});

test('a highlighted word is marked in the text only: not in the claim notes, paragraph numbers or [sic] marks', async ({ page }) => {
	// "Bordyuzha" is in ¶ 2 and in its claim note's summary; "2" is ¶ 2's number; "sic" is only in the site's [sic] marks.
	await page.goto(`${MCD}?highlight=Bordyuzha&highlight=2`);
	await expect(page.locator('#p-2 > mark.claim mark.pagefind-highlight').filter({ hasText: 'Bordyuzha' })).toHaveCount(1);
	await expect(
		page.locator('.claim-note mark.pagefind-highlight, .claim-fold mark.pagefind-highlight, .pnum mark.pagefind-highlight'),
	).toHaveCount(0);
	await page.goto(`${BLANK}?highlight=sic`);
	await expect(page.locator('.sic-mark').first()).toBeVisible();
	await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
});

test('keyboard on the search page: arrows move through results, Escape returns and clears, the live region counts', async ({ page }) => {
	await page.goto('/search/');
	await page.keyboard.press('Control+k');
	const input = page.locator('#search-q');
	await expect(input).toBeFocused();
	await page.keyboard.type('bakiev');
	await expect(page.locator('#search-status')).toHaveText('2 results for “bakiev” in the texts');
	await expect(page).toHaveURL(/\?q=bakiev$/);
	const links = page.locator('#search-results a.sr-link');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(input).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Escape');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('bakiev');
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
	await page.keyboard.type('Kommersant');
	const panel = page.locator('.site-search-panel');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(input).toHaveValue('Kommersant');
	await page.keyboard.press('Escape');
	await expect(input).toHaveValue('');
});

test('the URL is the search: typing replaces it, a mode change adds to history, Back and Forward restore', async ({ page }) => {
	await page.goto('/search/');
	await page.locator('#search-q').fill('Bordyuzha');
	await expect(page).toHaveURL(/\?q=Bordyuzha$/);
	await expect(page.locator('#search-summary')).toContainText('in the texts');
	await page.getByRole('radio', { name: /Claims only/ }).check();
	await expect(page).toHaveURL(/\?q=Bordyuzha&mode=claims$/);
	await expect(page.locator('#search-summary')).toContainText('among the claims');
	await page.goBack();
	await expect(page).toHaveURL(/\?q=Bordyuzha$/);
	await expect(page.getByRole('radio', { name: /Passages in the texts/ })).toBeChecked();
	await expect(page.locator('#search-summary')).toContainText('in the texts');
	await page.goForward();
	await expect(page.locator('#search-summary')).toContainText('among the claims');
	await expect(page.locator('#search-q')).toHaveValue('Bordyuzha');
	// A result, then Back: the search comes back as it was.
	await page.locator('#search-results a.sr-link').first().click();
	await expect(page).toHaveURL(/\/claims\//);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await page.goBack();
	await expect(page.locator('#search-q')).toHaveValue('Bordyuzha');
	await expect(page.locator('#search-summary')).toContainText('among the claims');
});
