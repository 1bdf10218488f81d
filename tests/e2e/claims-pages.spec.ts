import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { DIST } from './pages';

/** The built site's own claims.json: what the pages must show. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
type Claim = ClaimsJson['claims'][number];

const claimPage = (id: string) => `/claims/${id}/`;
const markPath = (id: string) => {
	const [article, claim] = id.split('/');
	return { path: `/articles/${article}/`, hash: `#claim-${claim}` };
};
const claimsOf = (article: string) => data.claims.filter((c) => c.article === article);

/** A mark's text as the author wrote it: the site's [sic] labels left out. */
async function authorText(mark: Locator): Promise<string> {
	return mark.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const added of copy.querySelectorAll('.sic-mark, .claim-note')) added.remove();
		return copy.textContent ?? '';
	});
}

async function expectOnMark(page: Page, id: string): Promise<void> {
	const { path, hash } = markPath(id);
	await expect(page).toHaveURL((url) => url.pathname === path && url.hash === hash);
	const mark = page.locator(`mark${hash}`);
	await expect(mark).toHaveCount(1);
	await expect(mark).toBeInViewport();
}

test('claims.json is served as JSON and lists both analyses', async ({ request }) => {
	const response = await request.get('/claims.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/json');
	const served = (await response.json()) as ClaimsJson;
	expect(served).toEqual(data);
	expect(data.articles.length).toBeGreaterThanOrEqual(2);
	expect(data.claims.length).toBeGreaterThan(0);
});

for (const article of data.articles) {
	test(`${article.id}: every claim has a page showing its quote, marked, in its paragraph`, async ({ page }) => {
		// One page visit per claim: the time allowed grows with the article.
		test.setTimeout(15_000 + claimsOf(article.id).length * 2_000);
		for (const claim of claimsOf(article.id)) {
			const response = await page.goto(claimPage(claim.id));
			expect(response?.status(), claim.id).toBe(200);
			// The author's words are the page's heading; our summary is labelled as ours.
			const h1 = page.getByRole('heading', { level: 1 });
			expect(await authorText(h1), claim.id).toBe(`“${claim.quote}”`);
			const summary = page.getByRole('region', { name: /our summary, not the author’s words/ });
			await expect(summary).toContainText(claim.summary);
			await expect(h1).not.toContainText(claim.summary);
			const mark = page.locator('blockquote mark');
			await expect(mark).toHaveCount(1);
			expect(await authorText(mark), claim.id).toBe(claim.quote);
			// The whole paragraph is there around it, and the permalink is printed.
			expect((await page.locator('blockquote').first().textContent())?.length ?? 0).toBeGreaterThanOrEqual(claim.quote.length);
			await expect(page.locator('.cl-permalink')).toHaveText(new RegExp(`^https?://[^/]+${claimPage(claim.id)}$`));
			await expect(page.getByRole('link', { name: 'Read it in the article' })).toHaveAttribute('href', claim.url);
		}
	});

	test(`${article.id}: next and previous walk the claims in text order`, async ({ page }) => {
		// One page visit per claim, as above.
		test.setTimeout(15_000 + claimsOf(article.id).length * 2_000);
		const expected = claimsOf(article.id).map((c) => c.id);
		const seen: string[] = [];
		let href: string | null = claimPage(expected[0] ?? '');
		while (href) {
			await page.goto(href);
			seen.push(new URL(page.url()).pathname.replace(/^\/claims\/|\/$/g, ''));
			const next = page.locator('a[rel="next"]');
			href = (await next.count()) ? await next.getAttribute('href') : null;
		}
		expect(seen).toEqual(expected);
		await expect(page.locator('a[rel="next"]')).toHaveCount(0);

		// Following the links, as a reader does.
		const [first, second] = expected;
		if (first === undefined || second === undefined) return;
		await page.goto(claimPage(first));
		await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL((url) => url.pathname === claimPage(second));
		await page.locator('a[rel="prev"]').click();
		await expect(page).toHaveURL((url) => url.pathname === claimPage(first));
	});

	test(`${article.id}: "Read it in the article" lands on the claim's mark`, async ({ page }) => {
		const claims = claimsOf(article.id);
		const sample = [claims[0], claims[Math.floor(claims.length / 2)], claims.at(-1)].filter((c): c is Claim => c !== undefined);
		for (const claim of sample) {
			await page.goto(claimPage(claim.id));
			await page.getByRole('link', { name: 'Read it in the article' }).click();
			await expectOnMark(page, claim.id);
			expect(await authorText(page.locator(`mark${markPath(claim.id).hash}`))).toBe(claim.quote);
		}
	});
}

test('a claim page shows its relations in both directions, linking to the page and the mark of each', async ({ page }) => {
	const relation = data.relations[0];
	test.skip(relation === undefined, 'no relations yet');
	if (!relation) return;
	for (const [here, there] of [
		[relation.from, relation.to],
		[relation.to, relation.from],
	] as const) {
		await page.goto(claimPage(here));
		const item = page.locator('.cl-relations li', { has: page.locator(`a[href="${claimPage(there)}"]`) });
		await expect(item).toHaveCount(1);
		await expect(item).toContainText(relation.note);
		const { path, hash } = markPath(there);
		await expect(item.locator(`a[href="${path}${hash}"]`)).toHaveCount(1);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the kind filter shows one kind at a time, and every claim stays reachable', async ({ page }) => {
		const kinds = [...new Set(data.claims.map((c) => c.kind))];
		const reached = new Set<string>();
		for (const kind of kinds) {
			await page.goto('/claims/');
			const filter = page.getByRole('navigation', { name: 'Show claims by kind' });
			await expect(filter.getByRole('link', { name: 'All claims' })).toHaveAttribute('aria-current', 'page');
			const want = data.claims.filter((c) => c.kind === kind);
			const link = filter.getByRole('link', { name: new RegExp(`^${kind}s \\(${want.length}\\)$`, 'i') });
			await link.click();
			await expect(page).toHaveURL((url) => url.pathname === `/claims/kind/${kind}/`);
			await expect(page.getByRole('navigation', { name: 'Show claims by kind' }).locator('[aria-current="page"]')).toContainText(
				new RegExp(kind, 'i'),
			);
			const cards = page.locator('.cl-card');
			const shownKinds = await cards.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-kind')))]);
			expect(shownKinds).toEqual([kind]);
			const refs = new Set(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-claim') ?? '')));
			expect([...refs].sort()).toEqual(want.map((c) => c.id).sort());
			for (const ref of refs) reached.add(ref);
		}
		expect(reached.size).toBe(data.claims.length);
	});

	test('a claim page reads in full and its links work', async ({ page }) => {
		const claim = data.claims[1] ?? data.claims[0];
		if (!claim) return;
		await page.goto(claimPage(claim.id));
		expect(await authorText(page.locator('blockquote mark'))).toBe(claim.quote);
		await page.getByRole('link', { name: 'Read it in the article' }).click();
		await expectOnMark(page, claim.id);
	});
});

test.describe('the comparison', () => {
	const [left, right] = data.articles;
	const cross = data.relations.filter((r) => r.from.split('/')[0] !== r.to.split('/')[0]);

	test('has a row for each relation between the analyses, and every claim', async ({ page }) => {
		await page.goto('/compare/');
		const rows = page.locator('li.cmp-row');
		await expect(rows).toHaveCount(cross.length);
		for (const row of await rows.all()) {
			await expect(row.locator('.cmp-mark-link')).toHaveCount(2);
			await expect(row.locator('.cmp-page-link')).toHaveCount(2);
			await expect(row.locator('.cmp-relation-note')).not.toBeEmpty();
		}
		// Columns are the articles, oldest first, on every row.
		for (const row of await rows.all()) {
			const order = await row.locator('.cmp-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-article')));
			expect(order).toEqual(data.articles.map((a) => a.id));
		}
		// Every claim is shown: in a pair, or in its author's list of claims no other analysis relates to.
		const shown = new Set(
			await page
				.locator('.cmp-cell[data-claim], .cmp-only-list li[data-claim]')
				.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-claim'))),
		);
		expect(shown.size).toBe(data.claims.length);
		for (const item of await page.locator('.cmp-only-list li[data-claim]').all()) {
			await expect(item.locator('.cmp-mark-link')).toHaveCount(1);
			await expect(item.locator('.cmp-page-link')).toHaveCount(1);
		}
		// The lists of one author's claims stand side by side under the columns, oldest first.
		const lists = await page.locator('.cmp-only section').evaluateAll((sections) => sections.map((s) => s.id));
		expect(lists).toEqual(data.articles.map((a) => `only-${a.id}`).filter((id) => lists.includes(id)));
		await expect(page.locator('.cmp-only h2').first()).toContainText('Only in');
	});

	for (const side of ['left', 'right'] as const) {
		test(`the ${side} link of an agreement leads to the claim's mark in its text`, async ({ page }) => {
			await page.goto('/compare/');
			const row = page.locator('li.cmp-row[data-relation="agrees-with"]').first();
			await expect(row).toHaveCount(1);
			const article = side === 'left' ? left : right;
			const cell = row.locator(`.cmp-cell[data-article="${article?.id}"]`);
			const id = await cell.getAttribute('data-claim');
			expect(id).toBeTruthy();
			await cell.locator('.cmp-mark-link').click();
			await expectOnMark(page, id ?? '');
		});
	}
});
