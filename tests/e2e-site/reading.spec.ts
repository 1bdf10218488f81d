import { expect, test } from '@playwright/test';
import { expectedBodyBlocks, readArticle } from '../support/capture';
import { SEARCH_EXCLUDED } from '../../src/shared/search-excluded';
import { ARTICLE_IDS } from '../e2e/pages';

test('the home page lists both analyses with author, publisher and date', async ({ page }) => {
	await page.goto('/');
	const cards = page.locator('.card');
	await expect(cards).toHaveCount(ARTICLE_IDS.length);
	for (const id of ARTICLE_IDS) {
		const { data } = readArticle(id);
		const card = cards.filter({ hasText: data.title });
		await expect(card.getByRole('link', { name: data.title })).toHaveAttribute('href', `/articles/${id}/`);
		await expect(card).toContainText(data.author.name);
		await expect(card).toContainText(data.organisation.name);
	}
	await expect(page.locator('.card', { hasText: 'McDermott' })).toContainText('October 2009 (on or after the 16th)');
	await expect(page.locator('.card', { hasText: 'Blank' })).toContainText('unverified');
});

for (const id of ARTICLE_IDS) {
	test(`${id}: every paragraph of the text is shown`, async ({ page }) => {
		const article = readArticle(id);
		const { blocks } = expectedBodyBlocks(article);
		await page.goto(`/articles/${id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.title);
		const shown = await page.locator('.prose').evaluate((prose, excluded) => {
			const copy = prose.cloneNode(true) as HTMLElement;
			for (const el of copy.querySelectorAll(excluded)) el.remove();
			return [...copy.querySelectorAll('p, h2')].map((el) => el.textContent ?? '');
		}, SEARCH_EXCLUDED.join(', '));
		expect(shown).toEqual(blocks);
		await expect(page.locator('.prose p[id^="p-"]').first()).toBeVisible();
	});
}

test('the byline, publisher certainty and date precision are shown', async ({ page }) => {
	await page.goto('/articles/blank-2010/');
	const meta = page.locator('.article-head');
	await expect(meta).toContainText('By Stephen Blank, professor at the US Army War College');
	await expect(meta.locator('.pubmeta dt')).toHaveText(['Original publisher', 'Text as published at', 'Published']);
	await expect(meta.locator('.certainty')).toHaveText(['unverified', 'confirmed']);
	await expect(meta.locator('time')).toHaveAttribute('datetime', '2010');
	await expect(meta).toContainText('2010 (on or after 7 April)');
	await expect(meta.getByRole('link', { name: 'eurodialogue.org' })).toHaveAttribute(
		'href',
		'http://eurodialogue.org/The-Implications-of-UN-CSTO-Cooperation',
	);
	await meta.getByText('How we know this').click();
	await expect(meta).toContainText('most likely April 2010');
	await expect(meta).toContainText('the copy published at eurodialogue.org');
});

test('slips are marked [sic] and the intended word is there for screen readers', async ({ page }) => {
	await page.goto('/articles/blank-2010/');
	const slip = page.locator('.sic-wrap', { hasText: 'pubic' });
	const seen = await slip.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
		return copy.textContent;
	});
	expect(seen).toBe('pubic\u202f[sic]');
	await expect(slip.locator('.visually-hidden')).toHaveText(', for “public”');
});

test('a paragraph anchor lands on its paragraph', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto('/articles/mcdermott-2009/#p-12');
	const p = page.locator('#p-12');
	await expect(p).toBeInViewport();
	await expect(page.locator('#p-1')).not.toBeInViewport();
	// The :target highlight is what shows the reader where they landed.
	const bg = await p.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the table of contents lands on each section heading', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto('/articles/mcdermott-2009/');
	const toc = page.getByRole('navigation', { name: 'Sections' });
	await expect(toc.getByRole('link')).toHaveText(['Continuing Russian Domination', 'Eurasian Security', 'Transforming The CSTO']);
	await toc.getByRole('link', { name: 'Transforming The CSTO' }).click();
	await expect(page).toHaveURL(/#transforming-the-csto$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Transforming The CSTO' })).toBeInViewport();
});

test('the about page lists every marked slip', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.locator('main')).toContainText('“pubic” for “public”');
	await expect(page.locator('main')).toContainText('“Russian” for “Russia”');
	await expect(page.locator('main')).toContainText('“intent of” for “intent on”');
});

test('an unknown address shows the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test("the author's own section headings are in the author's face, the serif of the text", async ({ page }) => {
	const sections: string[] = [];
	for (const id of ARTICLE_IDS) {
		await page.goto(`/articles/${id}/`);
		sections.push(
			...(await page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => getComputedStyle(h).fontFamily.split(',')[0] ?? ''))),
		);
	}
	expect(sections.length).toBeGreaterThan(0);
	expect(new Set(sections)).toEqual(new Set(['Charter']));
});
