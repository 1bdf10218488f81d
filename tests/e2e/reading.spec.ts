import { expect, test } from '@playwright/test';
import { expectedBodyBlocks, readArticle } from '../support/capture';
import { SEARCH_EXCLUDED } from '../../src/shared/search-excluded';
import { ARTICLE_IDS } from './pages';

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
	await expect(page.locator('.card', { hasText: 'Ann Alpha' })).toContainText('October 2009 (on or after the 16th)');
	await expect(page.locator('.card', { hasText: 'Bea Beta' })).toContainText('unverified');
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
	await page.goto('/articles/beta-2010/');
	const meta = page.locator('.article-head');
	await expect(meta).toContainText('By Bea Beta, professor at the Example College');
	await expect(meta.locator('.pubmeta dt')).toHaveText(['Original publisher', 'Text as published at', 'Published']);
	await expect(meta.locator('.certainty')).toHaveText(['unverified', 'confirmed']);
	await expect(meta.locator('time')).toHaveAttribute('datetime', '2010');
	await expect(meta).toContainText('2010 (on or after 7 April)');
	await expect(meta.getByRole('link', { name: 'mirror.example' })).toHaveAttribute('href', 'https://mirror.example/meaning-of-ties');
	await meta.getByText('How we know this').click();
	await expect(meta).toContainText('Known to the year only; the text reports a declaration of 7 April.');
	await expect(meta).toContainText("names Beta Wire as its source, but Beta Wire's own page is lost");
});

test('slips are marked [sic] and the intended word is there for screen readers', async ({ page }) => {
	await page.goto('/articles/beta-2010/');
	const slip = page.locator('.sic-wrap', { hasText: 'self-evidant' });
	const seen = await slip.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
		return copy.textContent;
	});
	expect(seen).toBe('self-evidant\u202f[sic]');
	await expect(slip.locator('.visually-hidden')).toHaveText(', for “self-evident”');
});

test('a paragraph anchor lands on its paragraph', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto('/articles/alpha-2009/#p-10');
	const p = page.locator('#p-10');
	await expect(p).toBeInViewport();
	await expect(page.locator('#p-1')).not.toBeInViewport();
	// The :target highlight is what shows the reader where they landed.
	const bg = await p.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the table of contents lands on each section heading', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto('/articles/alpha-2009/');
	const toc = page.getByRole('navigation', { name: 'Sections' });
	await expect(toc.getByRole('link')).toHaveText(['The Reach Of The Bloc', 'Beyond The Region']);
	await toc.getByRole('link', { name: 'Beyond The Region' }).click();
	await expect(page).toHaveURL(/#beyond-the-region$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Beyond The Region' })).toBeInViewport();
});

test('the about page lists every marked slip', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.locator('main')).toContainText('“principle” for “principal”');
	await expect(page.locator('main')).toContainText('“self-evidant” for “self-evident”');
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
