import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { DIST } from './pages';

/**
 * Who speaks in a claim, as a reader meets it. Every expectation comes from the
 * built claims.json: the editor adds attributions and relations while this runs.
 */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const relayed = data.claims.filter((c) => c.attributedTo !== null);
const article = (id: string) => id.split('/')[0] ?? '';
const claimName = (id: string) => id.split('/')[1] ?? '';

test('a relayed claim names its source in the reading note and on its page', async ({ page }) => {
	const claim = relayed[0];
	test.skip(claim === undefined, 'no relayed claim in the content yet');
	if (!claim?.attributedTo) return;
	await page.goto(`/articles/${claim.article}/`);
	// In its note when it relates to the other text (seen on hover or focus), else in its mark's title.
	const note = page.locator('.claim-note', { has: page.locator(`:scope > a[href="/claims/${claim.id}/"]`) });
	if (await note.count()) {
		await expect(note.locator('label')).toContainText(`, reporting ${claim.attributedTo.name}`);
		await note.hover();
		await expect(note.locator('label', { hasText: 'reporting' })).toBeVisible();
	} else
		await expect(page.locator(`#claim-${claimName(claim.id)}`)).toHaveAttribute(
			'title',
			new RegExp(`, reporting ${claim.attributedTo.name}$`),
		);

	await page.goto(`/claims/${claim.id}/`);
	// Under the quote, with the author: who is speaking is the first thing said about the words.
	await expect(page.locator('.cl-claim-source')).toContainText(`reporting ${claim.attributedTo.name}`);
	await expect(page.locator('.cl-claim-kicker')).toContainText('the source’s claim');
	const who = page.locator('.cl-facts dt', { hasText: 'Who says it' });
	await expect(who).toHaveCount(1);
	await expect(page.locator('.cl-fact-who')).toContainText(claim.attributedTo.name);
	await expect(page.locator('.cite-attribution')).toContainText(`cite it as ${claim.attributedTo.name}, quoted in`);
});

test("an author's own claim says so on its page, and names no source", async ({ page }) => {
	const claim = data.claims.find((c) => c.attributedTo === null);
	test.skip(claim === undefined, 'every claim is relayed');
	if (!claim) return;
	await page.goto(`/claims/${claim.id}/`);
	await expect(page.locator('.cl-fact-who')).toContainText('the author’s own');
	await expect(page.locator('.cl-claim-source')).not.toContainText('reporting');
	await expect(page.locator('.cl-claim-kicker')).toContainText('the author’s own claim');
	await expect(page.locator('.cite-attribution')).toHaveCount(0);
});

test('the reported claims page lists exactly the relayed claims, under their sources', async ({ page }) => {
	await page.goto('/claims/said/reported/');
	const shown = await page.locator('.cl-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.claim ?? ''));
	expect(shown.sort()).toEqual(relayed.map((c) => c.id).sort());
	for (const claim of relayed) {
		const heading = page.locator('.cl-source-group', { has: page.locator(`.cl-card[data-claim="${claim.id}"]`) }).locator('h2');
		await expect(heading).toContainText(claim.attributedTo?.name ?? '');
	}
	await expect(page.locator('nav[aria-label="Show claims by who says it"] a[aria-current="page"]')).toContainText('Reported');
});

test("the authors' own page lists no relayed claim, and every own claim", async ({ page }) => {
	await page.goto('/claims/said/author/');
	const shown = new Set(await page.locator('.cl-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.claim ?? '')));
	expect([...shown].sort()).toEqual(
		data.claims
			.filter((c) => c.attributedTo === null)
			.map((c) => c.id)
			.sort(),
	);
});

test('the claims index links the Who says it filter, which works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/claims/');
	await page
		.locator('nav[aria-label="Show claims by who says it"]')
		.getByRole('link', { name: /^Reported/ })
		.click();
	await expect(page).toHaveURL(/\/claims\/said\/reported\/$/);
	await expect(page.locator('.cl-card')).toHaveCount(relayed.length);
	await context.close();
});

test('a relation within one article shows under "Within this analysis", named by paragraph', async ({ page }) => {
	const relation = data.relations.find((r) => article(r.from) === article(r.to));
	test.skip(relation === undefined, 'no relation within one article yet');
	if (!relation) return;
	await page.goto(`/claims/${relation.from}/`);
	const within = page.locator('section.cl-relations-group', { has: page.getByRole('heading', { name: 'Within this analysis' }) });
	const item = within.locator('li', { has: page.locator(`a[href="/claims/${relation.to}/"]`) });
	await expect(item).toHaveCount(1);
	await expect(item.locator('.cl-relation-head')).toContainText(/this text, ¶\d+/);
	await expect(item).toHaveAttribute('data-relation', relation.type);
	// The across section never holds it.
	await expect(
		page
			.locator('section.cl-relations-group', { has: page.getByRole('heading', { name: 'Across the analyses' }) })
			.locator(`a[href="/claims/${relation.to}/"]`),
	).toHaveCount(0);
	// The reading margin carries the comparison only: no chip to the same text.
	await page.goto(`/articles/${article(relation.from)}/`);
	await expect(page.locator(`.claim-links a[href="/articles/${article(relation.to)}/#claim-${claimName(relation.to)}"]`)).toHaveCount(0);
});

test('compare says where within-article relations are, and leaves them out of its rows', async ({ page }) => {
	await page.goto('/compare/');
	const within = data.relations.filter((r) => article(r.from) === article(r.to));
	if (within.length > 0) await expect(page.locator('.cmp-within-note')).toContainText('Within this analysis');
	const rows = await page.locator('li.cmp-row[data-relation]').count();
	expect(rows).toBe(data.relations.length - within.length);
	await expect(page.locator('table.cmp-map tbody tr')).toHaveCount(data.relations.length - within.length);
});
