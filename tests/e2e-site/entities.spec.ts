import { expect, test } from '@playwright/test';

/**
 * From a name to every place the texts name it, as a reader does it: the
 * entity page's mention links land on the paragraph (or caption, or author's
 * note) with the words highlighted; the reading page reaches the text's list
 * of names, and that list reaches the entity pages.
 */
test.describe('entities', () => {
	const landings = [
		{ entity: 'nikolai-bordyuzha', column: 'Blank', link: '¶ 1', target: '#p-1', words: ['Nikolai', 'Bordyuzha'] },
		{ entity: 'kurmanbek-bakiyev', column: 'McDermott', link: 'Photo caption', target: '#caption', words: ['Kurmanbek', 'Bakiev'] },
		{ entity: 'stephen-blank', column: 'Blank', link: 'Author’s note', target: '#note', words: ['Stephen', 'Blank'] },
		{ entity: 'ban-ki-moon', column: 'Blank', link: '¶ 3', target: '#p-3', words: ['UN', 'secretary-general'] },
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
		await page.goto('/articles/mcdermott-2009/');
		await page.getByRole('link', { name: 'Names in this text' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('People, organisations and places in McDermott');
		await page.getByRole('link', { name: 'Anders Fogh Rasmussen' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anders Fogh Rasmussen');
		await expect(page.getByText('“New NATO Secretary-General Anders Fogh Rasmussen”')).toBeVisible();
		// Both articles side by side: a column each, the other one saying so.
		await expect(page.locator('section.en-column')).toHaveCount(2);
		await expect(page.locator('section.en-column').nth(1)).toContainText('Not named in this text.');
		await expect(page.getByRole('heading', { name: 'Claims attributed to it' })).toBeVisible();
	});

	test('a name inside a longer name is the longer one’s: the US Army once, the War College in Blank only', async ({ page }) => {
		const column = (name: string) =>
			page.locator('section.en-column').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name},`) }) });
		await page.goto('/entities/us-army/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('US Army');
		await expect(column('Blank').locator('li')).toHaveCount(1);
		await expect(column('Blank').locator('li')).toContainText('the views of the US Army, Defense Department');
		await expect(column('McDermott')).toContainText('Not named in this text.');
		// McDermott's "U.S. Army War College" is the title of the journal he cites, not the College.
		await page.goto('/entities/us-army-war-college/');
		await expect(column('Blank').locator('li')).toHaveCount(1);
		await expect(column('McDermott')).toContainText('Not named in this text.');
	});

	test('the index groups by type, those both texts name first, with each text’s count', async ({ page }) => {
		await page.goto('/entities/');
		const people = page.locator('section').filter({ has: page.getByRole('heading', { name: 'People', exact: true }) });
		const firstRow = people.locator('tbody tr').first();
		// Shared first: a count in both columns.
		await expect(firstRow.locator('td')).not.toContainText(['–']);
		await expect(page.getByRole('heading', { name: 'Abbreviations the texts spell out' })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: 'Collective Security Treaty Organization' })).toBeVisible();
	});
});

test.describe('entities without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('an entity page reads in full, each mention linked to its paragraph', async ({ page }) => {
		await page.goto('/entities/csto/');
		const links = page.locator('.en-mentions a');
		expect(await links.count()).toBeGreaterThan(40);
		await expect(links.first()).toHaveAttribute('href', /\/articles\/mcdermott-2009\/\?highlight=CSTO#caption$/);
	});
});

test.describe('the Names facet of claims search', () => {
	test('narrows claims to those whose quote names the entity, exactly those its page lists', async ({ page, request }) => {
		const data = (await (await request.get('/entities.json')).json()) as { entities: { id: string; label: string; claims: string[] }[] };
		const ban = data.entities.find((e) => e.id === 'ban-ki-moon');
		expect(ban?.claims.length).toBeGreaterThan(1);
		await page.goto(`/search/?q=${encodeURIComponent('UN')}&mode=claims`);
		await expect(page.locator('#search-summary')).toContainText('for “UN”');
		const box = page.getByRole('group', { name: 'Names' }).getByRole('checkbox', { name: /^Ban Ki-Moon \(\d+\)$/ });
		await box.check();
		await expect(page).toHaveURL(/[?&]mentions=Ban/);
		const hrefs = await page
			.locator('#search-results a.sr-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(ban?.claims.map((ref) => `/claims/${ref}/`)).toContain(href);
	});
});
