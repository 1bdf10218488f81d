import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { DIST } from './pages';

/** A claim page as a reader sees it: the author's words first, our summary labelled, and a breadcrumb that holds together on a phone. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const claimPage = (id: string) => `/claims/${id}/`;
const related = new Set(data.relations.flatMap((r) => [r.from, r.to]));
// The article with the longest title makes the longest breadcrumb.
const longest = [...data.articles].sort((a, b) => b.title.length - a.title.length)[0]?.id;
const sample = data.claims.find((c) => c.article === longest && c.attributedTo !== null && related.has(c.id)) ?? data.claims[0];
const id = sample?.id ?? '';
/** A claim with relations, for the relation list's look. */
const withRelations = data.claims.find((c) => related.has(c.id))?.id ?? '';

test('the quote comes before our summary, in the DOM and on screen, and the summary says it is ours', async ({ page }) => {
	await page.goto(claimPage(id));
	const quote = page.getByRole('heading', { level: 1 });
	const summary = page.getByRole('region', { name: /our summary, not the author’s words/ });
	await expect(summary).toContainText(sample?.summary ?? '');
	// Nothing but the breadcrumb comes before the quote.
	const before = await quote.evaluate((h1) => {
		const crumbs = document.querySelector('.cl-crumbs');
		const main = document.querySelector('main');
		const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
		const texts: string[] = [];
		for (let n = walker.nextNode(); n && !h1.contains(n); n = walker.nextNode()) {
			if (!crumbs?.contains(n) && n.textContent?.trim()) texts.push(n.textContent.trim());
		}
		return texts;
	});
	expect(before).toEqual([]);
	expect(
		await quote.evaluate(
			(h1, el) => Boolean(h1.compareDocumentPosition(el as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
			await summary.elementHandle(),
		),
	).toBe(true);
	const q = await quote.boundingBox();
	const s = await summary.boundingBox();
	expect((s?.y ?? 0) >= (q?.y ?? 0) + (q?.height ?? 0)).toBe(true);
	// The quote is set larger than the summary: it is the page's focus.
	const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
	expect(await quote.evaluate(size)).toBeGreaterThan(await summary.locator('.cl-summary-text').evaluate(size));
	// The author, the article and the paragraph stand with the quote.
	const source = page.locator('.cl-claim-source');
	await expect(source).toContainText(data.articles.find((a) => a.id === sample?.article)?.author.name ?? '');
	await expect(source.locator(`a[href="${sample?.url}"]`)).toHaveCount(1);
	// The tab names the author's words and their place, not our summary.
	expect(await page.title()).not.toContain(sample?.summary ?? '');
});

test('a relation leads with its note, in the text colour, not muted', async ({ page }) => {
	await page.goto(claimPage(withRelations));
	const item = page.locator('.cl-relations li').first();
	await expect(item).toBeVisible();
	const note = item.locator('.cl-relation-note');
	const colours = await page.evaluate(() => {
		const probe = (sel: string) => {
			const el = document.querySelector(sel);
			return el ? getComputedStyle(el).color : '';
		};
		return { note: probe('.cl-relation-note'), body: getComputedStyle(document.body).color, head: probe('.cl-relation-head') };
	});
	expect(colours.note).toBe(colours.body);
	const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
	expect(await note.evaluate(size)).toBeGreaterThan(await item.locator('.cl-relation-head').evaluate(size));
	expect(await note.evaluate(size)).toBeGreaterThan(await item.locator('.cl-relation-quote').evaluate(size));
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('no line of the breadcrumb holds only a separator', async ({ page }) => {
		await page.goto(claimPage(id));
		// An item's separator (its ::before) is alone on a line when the item's own text starts on a lower line than the item.
		const alone = await page.locator('.cl-crumbs li + li').evaluateAll((items) =>
			items.flatMap((li) => {
				const separator = li.getClientRects()[0];
				const range = document.createRange();
				range.selectNodeContents(li);
				const text = [...range.getClientRects()].find((r) => r.width > 0);
				const half = parseFloat(getComputedStyle(li).lineHeight) / 2;
				return separator && text && text.top - separator.top > half ? [li.textContent?.trim() ?? ''] : [];
			}),
		);
		expect(alone).toEqual([]);
		// The crumbs do wrap here (the title is long), so the check has lines to look at.
		const lines = await page
			.locator('.cl-crumbs ol')
			.evaluate(
				(ol) => new Set([...ol.querySelectorAll('li')].flatMap((li) => [...li.getClientRects()].map((r) => Math.round(r.top)))).size,
			);
		expect(lines).toBeGreaterThan(1);
	});
});

test('in print the page keeps the quote, the summary and the paragraph, without navigation', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(claimPage(id));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.cl-summary')).toBeVisible();
	await expect(page.locator('blockquote mark')).toBeVisible();
	for (const hidden of ['.cl-crumbs', '.cl-pager', '.cl-button']) await expect(page.locator(hidden)).toBeHidden();
	// No site path printed after the links of the quote's source line and the facts.
	const stubs = await page
		.locator('.cl-claim-head a[href^="/"], .cl-facts a[href^="/"]')
		.evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('/')));
	expect(stubs).toEqual([]);
});
