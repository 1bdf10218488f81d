import { expect, test } from '@playwright/test';

/**
 * From a name to every place the texts name it, as a reader does it: the
 * entity page's mention links land on the paragraph (or caption, or author's
 * note) with the words highlighted; the reading page reaches the text's list
 * of names, and that list reaches the entity pages.
 */
test.describe('entities', () => {
	const landings = [
		// One name spelled two ways: Petroff in Beta, Petrov in Alpha's photo caption.
		{ entity: 'ivan-petrov', column: 'Beta', link: '¶ 1', target: '#p-1', words: ['Ivan', 'Petroff'] },
		{ entity: 'ivan-petrov', column: 'Alpha', link: 'Photo caption', target: '#caption', words: ['Ivan', 'Petrov'] },
		{ entity: 'ann-alpha', column: 'Alpha', link: 'Author’s note', target: '#note', words: ['Ann', 'Alpha'] },
		// A mention placed by hand: "The UN secretary-general", unnamed there.
		{ entity: 'mara-lind', column: 'Beta', link: '¶ 4', target: '#p-4', words: ['UN', 'secretary-general'] },
	];
	for (const { entity, column, link, target, words } of landings) {
		test(`${entity}: the ${link} mention in ${column} lands there, its words highlighted`, async ({ page }) => {
			await page.goto(`/entities/${entity}/`);
			const section = page.locator('section.en-column').filter({ has: page.getByRole('heading', { name: new RegExp(`^${column},`) }) });
			await section.getByRole('link', { name: link, exact: true }).first().click();
			await expect(page).toHaveURL(new RegExp(`${target}$`));
			const place = page.locator(target);
			await expect(place).toBeInViewport();
			const marks = place.locator('mark.pagefind-highlight');
			await expect(marks.first()).toBeVisible();
			const marked = (await marks.allTextContents()).join(' ');
			for (const word of words) expect(marked).toContain(word);
			// The mention's words go as one phrase: nothing of them is refused (as "The" alone would be).
			await expect(page.locator('.highlight-chip')).toContainText('Highlighting:');
			await expect(page.locator('.highlight-chip')).not.toContainText(/ot highlighted/);
		});
	}

	test('the reading page leads to its names, and they to the entity page and back into the text', async ({ page }) => {
		await page.goto('/articles/alpha-2009/');
		await page.getByRole('link', { name: 'Names in this text' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('People, organisations and places in Alpha');
		await page.getByRole('link', { name: 'Olga Berg' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olga Berg');
		await expect(page.getByText("“the capital's envoy to the UN”")).toBeVisible();
		// Both articles side by side: a column each, the other one saying so.
		await expect(page.locator('section.en-column')).toHaveCount(2);
		await expect(page.locator('section.en-column').nth(1)).toContainText('Not named in this text.');
		await expect(page.getByRole('heading', { name: 'Claims attributed to it' })).toBeVisible();
	});

	test('a name inside a longer name is the longer one’s: the Example Institute once, the Review once', async ({ page }) => {
		const column = (name: string) =>
			page.locator('section.en-column').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name},`) }) });
		// Alpha's author's note names the Institute, then the "Example Institute Review": the Review's words are the Review's.
		await page.goto('/entities/example-institute/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Institute');
		await expect(column('Alpha').locator('li')).toHaveCount(1);
		await expect(column('Alpha').locator('li')).toContainText('Ann Alpha is an analyst at the Example Institute');
		await expect(column('Beta')).toContainText('Not named in this text.');
		await page.goto('/entities/example-institute-review/');
		await expect(column('Alpha').locator('li')).toHaveCount(1);
		await expect(column('Beta')).toContainText('Not named in this text.');
	});

	test('the index groups by type, those both texts name first, with each text’s count', async ({ page }) => {
		await page.goto('/entities/');
		const people = page.locator('section').filter({ has: page.getByRole('heading', { name: 'People', exact: true }) });
		const firstRow = people.locator('tbody tr').first();
		// Shared first: a count in both columns.
		await expect(firstRow.locator('td')).not.toContainText(['–']);
		await expect(page.getByRole('heading', { name: 'Abbreviations the texts spell out' })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: 'Common Treaty Body' })).toBeVisible();
	});
});

test.describe('entities without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('an entity page reads in full, each mention linked to its paragraph', async ({ page }) => {
		await page.goto('/entities/ctb/');
		// CTB, or Common Treaty Body: 8 times in Alpha (caption; ¶4 twice; ¶5, 7, 8, 10, 11), 4 in Beta (¶3, 5, 6, 7).
		const links = page.locator('.en-mentions a');
		await expect(links).toHaveCount(12);
		await expect(links.first()).toHaveAttribute('href', /\/articles\/alpha-2009\/\?highlight=CTB#caption$/);
	});
});

test.describe('the Names facet of claims search', () => {
	test('narrows claims to those whose quote names the entity, exactly those its page lists', async ({ page, request }) => {
		const data = (await (await request.get('/entities.json')).json()) as { entities: { id: string; label: string; claims: string[] }[] };
		const lind = data.entities.find((e) => e.id === 'mara-lind');
		expect(lind?.claims.length).toBeGreaterThan(1);
		await page.goto(`/search/?q=${encodeURIComponent('capital')}&mode=claims`);
		await expect(page.locator('#search-summary')).toContainText('for “capital”');
		const box = page.getByRole('group', { name: 'Names' }).getByRole('checkbox', { name: /^Mara Lind \(\d+\)$/ });
		await box.check();
		await expect(page).toHaveURL(/[?&]mentions=Mara/);
		const hrefs = await page
			.locator('#search-results a.sr-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(lind?.claims.map((ref) => `/claims/${ref}/`)).toContain(href);
	});
});
