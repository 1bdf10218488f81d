import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { readArticle } from '../support/capture';
import { ARTICLE_IDS, DIST } from './pages';

const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const text = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' '));

test('no words run together where lines met in the source', async ({ page }) => {
	await page.goto('/about/');
	expect(await text(page, 'main')).toContain('side by side; Compare');
	expect(await text(page, 'main')).toContain('come back. Hover');
	await page.goto('/');
	for (const id of ARTICLE_IDS) {
		const { organisation } = readArticle(id).data;
		if (organisation.certainty === 'confirmed') continue;
		// The badge is a word of its own, on the home card and on the reading page.
		expect(await text(page, `.card:has(a[href="/articles/${id}/"])`)).toContain(`${organisation.name} ${organisation.certainty}`);
		await page.goto(`/articles/${id}/`);
		expect(await text(page, '.pubmeta')).toContain(`${organisation.name} ${organisation.certainty}`);
		await page.goto('/');
	}
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	expect(await text(page, '.cite-downloads')).toMatch(/manager, the article \(one entry\): BibTeX · RIS/);
});

test('a hyphenated name in a title never breaks at its hyphen, and the title stays as written', async ({ page }) => {
	const titled = ARTICLE_IDS.map((id) => ({ id, title: readArticle(id).data.title })).filter((a) => /[A-Z]-[A-Z]/.test(a.title));
	expect(titled.length).toBeGreaterThan(0);
	for (const { id, title } of titled) {
		for (const [path, selector] of [
			[`/articles/${id}/`, 'h1'],
			['/', `.card a[href="/articles/${id}/"]`],
			['/about/', `main h3 a[href="/articles/${id}/"]`],
		] as const) {
			await page.goto(path);
			const heading = page.locator(selector);
			await expect(heading).toHaveText(title);
			const whole = heading.locator('.nowrap').first();
			await expect(whole).toHaveText(/^[A-Z]+-[A-Z]+$/);
			expect(await whole.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
		}
	}
});

test('a [sic] for a whitespace slip says what it marks, out of the line of text, and the text is untouched', async ({ page }) => {
	const noted = ARTICLE_IDS.filter((id) => /:sic\[[^\]]*\]\{note="/.test(readArticle(id).body));
	expect(noted.length, 'an article with a [sic] note to check').toBeGreaterThan(0);
	for (const id of ARTICLE_IDS) {
		const notes = [...readArticle(id).body.matchAll(/:sic\[([^\]]*)\]\{note="([^"]*)"\}/g)];
		if (notes.length === 0) continue;
		await page.goto(`/articles/${id}/`);
		for (const [, slip, note] of notes) {
			const wrap = page.locator('.sic-wrap', { has: page.locator('.sic', { hasText: (slip ?? '').trim() }) }).first();
			await expect(wrap.locator('.sic')).toHaveText(slip ?? '', { useInnerText: false });
			expect(await wrap.locator('.sic-mark').evaluate((el) => el.textContent)).toBe(`\u202f[sic: ${note}]`);
			await expect(wrap.locator('.sic-mark')).toBeVisible();
			// Out of the line of text: "[sic]" there, the note heard and on hover.
			await expect(wrap.locator('.sic-mark')).toHaveAttribute('title', note ?? '');
			expect((await wrap.locator('.sic-mark').boundingBox())?.width ?? Infinity).toBeLessThan(60);
		}
	}
});

test('our own copy uses curly apostrophes', async ({ page }) => {
	for (const path of ['/', '/about/', '/404.html']) {
		await page.goto(path);
		// The site's own words: the footer, and the home and about pages' text outside quoted titles and data.
		const own = await page
			.locator('footer, main > div > p, main > div > ul > li')
			.evaluateAll((els) => els.map((el) => el.textContent ?? '').join('\n'));
		expect(own.match(/\w'\w|\w'(?=\s|[.,;])/g) ?? [], path).toEqual([]);
	}
});

test.describe('at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('every page type starts its h1 at the same left edge, in the interface face but for a text’s own title', async ({ page }) => {
		const claim = data.claims[0]?.id;
		// The claim page (/claims/<id>/) centres its own column: left to the claims pages' helper, see the report.
		const paths = ['/', '/about/', `/articles/${ARTICLE_IDS[0]}/`, '/claims/', '/compare/', '/search/', '/404.html'];
		expect(claim).toBeDefined();
		const edges: Record<string, number> = {};
		for (const path of paths) {
			await page.goto(path);
			const h1 = page.locator('h1');
			edges[path] = Math.round((await h1.boundingBox())?.x ?? -1);
			// The serif is for the authors' words: of the titles, only a text's own takes it.
			const face = path.startsWith('/articles/') ? 'Charter' : 'system-ui';
			expect(await h1.evaluate((el) => getComputedStyle(el).fontFamily), path).toContain(face);
		}
		const site = Math.round((await page.locator('.site-name').boundingBox())?.x ?? -2);
		expect(
			Object.values(edges).every((x) => x === site),
			JSON.stringify({ site, ...edges }),
		).toBe(true);
		for (const path of ['/', '/about/', `/articles/${ARTICLE_IDS[0]}/`]) {
			await page.goto(path);
			const faces = await page
				.locator('main :is(h2, h3):not(.prose h2)')
				.evaluateAll((hs) => [
					...new Set(hs.map((h) => `${getComputedStyle(h).fontFamily.split(',')[0]} ${getComputedStyle(h).fontWeight}`)),
				]);
			expect(faces, path).toEqual(['system-ui 600']);
		}
		// The author's own section headings (Alpha's two) are in the text's serif: tests/e2e/reading.spec.ts.
	});
});
