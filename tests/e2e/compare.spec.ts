import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { RELATION_TYPES, type RelationType } from '../../src/schemas/claim';
import { RELATION_LOOK } from '../../src/site/relation-look';
import { SCHEMES, violations } from './axe';
import { DIST } from './pages';

/** What the map must show, from the built site's own claims.json. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const articleOf = (ref: string) => ref.split('/')[0] ?? '';
const rank = new Map(data.articles.map((a, i) => [a.id, i]));
const markOf = (ref: string) => `/articles/${articleOf(ref)}/#claim-${ref.split('/')[1]}`;
/** Each relation across analyses as the map sets it: the older article's claim on the left, the type read from left to right. */
const expected = data.relations
	.filter((r) => articleOf(r.from) !== articleOf(r.to))
	.map((r) => {
		const fromLeft = (rank.get(articleOf(r.from)) ?? 0) <= (rank.get(articleOf(r.to)) ?? 0);
		const type = RELATION_TYPES[r.type as RelationType];
		return {
			left: fromLeft ? r.from : r.to,
			right: fromLeft ? r.to : r.from,
			type: r.type as RelationType,
			word: fromLeft ? type.short : type.inverseShort,
			note: r.note,
		};
	});
const key = (r: { left: string; right: string; type: string }) => `${r.left} ${r.type} ${r.right}`;
const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

interface MapRow {
	left: string;
	right: string;
	type: string;
	badge: string;
	word: string;
	note: string;
	noteHref: string;
}
async function mapRows(page: Page): Promise<MapRow[]> {
	return page.locator('table.cmp-map tbody tr').evaluateAll((rows) =>
		rows.map((tr) => {
			const marks = [...tr.querySelectorAll<HTMLAnchorElement>('a.cmp-map-mark')];
			const badge = tr.querySelector('.cmp-badge');
			const note = tr.querySelector<HTMLAnchorElement>('.cmp-map-note a');
			return {
				left: marks[0]?.getAttribute('data-claim') ?? '',
				right: marks[1]?.getAttribute('data-claim') ?? '',
				hrefs: marks.map((m) => m.getAttribute('href')),
				type: tr.getAttribute('data-relation') ?? '',
				badge: badge?.textContent ?? '',
				word: [...(badge?.childNodes ?? [])]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('')
					.trim(),
				note: note?.textContent?.trim() ?? '',
				noteHref: note?.getAttribute('href') ?? '',
			};
		}),
	);
}

test.describe('the map of relations', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('has one row per relation between analyses, each linking to both marks and its pair, within the first screen', async ({ page }) => {
		await page.goto('/compare/');
		const rows = await mapRows(page);
		expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
		for (const row of await page.locator('table.cmp-map tbody tr').all()) {
			const left = await row.locator('a.cmp-map-mark').first().getAttribute('data-claim');
			const right = await row.locator('a.cmp-map-mark').last().getAttribute('data-claim');
			await expect(row.locator('a.cmp-map-mark').first()).toHaveAttribute('href', markOf(left ?? ''));
			await expect(row.locator('a.cmp-map-mark').last()).toHaveAttribute('href', markOf(right ?? ''));
		}
		for (const row of rows) {
			const want = expected.find((e) => key(e) === key(row));
			expect(row.note).toBe(want?.note);
			// The note leads to its pair, which holds the same two claims under the same note.
			const pair = page.locator(`li.cmp-row${row.noteHref}`);
			await expect(pair).toHaveCount(1);
			await expect(pair.locator('.cmp-relation-note')).toHaveText(want?.note ?? '');
			expect(await pair.locator('.cmp-cell[data-claim]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-claim')))).toEqual([
				row.left,
				row.right,
			]);
		}
		// No note cut off: each wraps, whole, in its cell.
		const cut = await page
			.locator('table.cmp-map td, table.cmp-map a')
			.evaluateAll(
				(els) => els.filter((el) => getComputedStyle(el).textOverflow === 'ellipsis' || el.scrollWidth > el.clientWidth + 1).length,
			);
		expect(cut).toBe(0);
	});

	test('names the authors in its column headings', async ({ page }) => {
		await page.goto('/compare/');
		const heads = await page.locator('table.cmp-map').first().locator('thead th').allTextContents();
		if (data.articles.length === 2) {
			const [a, b] = data.articles;
			expect(heads[0]).toContain(surname(a?.author.name ?? ''));
			expect(heads[2]).toContain(surname(b?.author.name ?? ''));
		}
		await expect(page.locator('table.cmp-map caption').first()).not.toBeEmpty();
	});

	test('shows each type by its symbol and word, not by colour alone', async ({ page }) => {
		await page.goto('/compare/');
		const rows = await mapRows(page);
		for (const row of rows) {
			const want = expected.find((e) => key(e) === key(row));
			const look = RELATION_LOOK[row.type as RelationType];
			expect(row.badge.startsWith(look.icon), row.badge).toBe(true);
			expect(row.word).toBe(want?.word);
		}
		// Each type has a symbol of its own, and the word is shown, not only read out.
		expect(new Set(Object.values(RELATION_LOOK).map((l) => l.icon)).size).toBe(Object.keys(RELATION_LOOK).length);
		const badge = page.locator('table.cmp-map .cmp-badge').first();
		const box = await badge.boundingBox();
		expect(box?.width).toBeGreaterThan(30);
		// And the colours differ between types (the border and the symbol take them).
		const colours = await page.locator('table.cmp-map .cmp-badge').evaluateAll((badges) => {
			const byType = new Map<string, string>();
			for (const b of badges) byType.set(b.getAttribute('data-relation') ?? '', getComputedStyle(b).borderTopColor);
			return [...byType.values()];
		});
		expect(new Set(colours).size).toBe(colours.length);
	});

	test('follows a few rows to the right claim marks and pairs', async ({ page }) => {
		await page.goto('/compare/');
		const rows = await mapRows(page);
		const picks = [...new Set([0, Math.floor(rows.length / 2), rows.length - 1])].map((i) => rows[i]);
		for (const row of picks) {
			if (!row) continue;
			for (const [side, ref] of [row.left, row.right].entries()) {
				await page.goto('/compare/');
				await page
					.locator(`tr[id="map-${row.noteHref.slice(1)}"] a.cmp-map-mark`)
					.nth(side)
					.click();
				const [path, hash] = markOf(ref).split('#');
				await expect(page).toHaveURL((url) => url.pathname === path && url.hash === `#${hash}`);
				await expect(page.locator(`mark#${hash}`)).toBeInViewport();
			}
			await page.goto('/compare/');
			await page.locator(`tr[id="map-${row.noteHref.slice(1)}"] .cmp-map-note a`).click();
			await expect(page.locator(`li.cmp-row${row.noteHref}`)).toBeInViewport();
			await page.locator(`li.cmp-row${row.noteHref} a.cmp-to-map`).click();
			await expect(page.locator(`tr[id="map-${row.noteHref.slice(1)}"]`)).toBeInViewport();
		}
	});

	test('every link on the page resolves in the built site', async ({ page }) => {
		await page.goto('/compare/');
		const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		const here = await page.content();
		for (const href of new Set(hrefs)) {
			const url = new URL(href, 'http://site/compare/');
			const file = join(DIST, url.pathname, url.pathname.endsWith('/') ? 'index.html' : '');
			expect(existsSync(file), href).toBe(true);
			if (url.hash) {
				const html = url.pathname === '/compare/' ? here : readFileSync(file, 'utf8');
				expect(html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`), href).toBe(true);
			}
		}
	});
});

test('on a phone the answer starts on the first screen and nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/');
	await expect(page.locator('.cmp-answer h3').first()).toBeInViewport();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	// Laid out as grids there, the rows are still a table's rows to a screen reader.
	const map = page.getByRole('table').first();
	await expect(map.getByRole('columnheader')).toHaveCount(4);
	await expect(map.getByRole('row')).toHaveCount((await page.locator('table.cmp-map').first().locator('tr').count()) || -1);
	await expect(map.getByRole('cell').first()).toBeVisible();
});

test('the pairs come grouped by type, each headed by its note with the type as a badge, then the claims of one author', async ({
	page,
}) => {
	await page.goto('/compare/');
	const groups = await page.locator('section.cmp-group[data-relation]').evaluateAll((sections) => sections.map((s) => s.id));
	expect(new Set(groups)).toEqual(new Set(expected.map((e) => e.type)));
	for (const type of groups) {
		const rows = page.locator(`section#${type} li.cmp-row`);
		await expect(rows).toHaveCount(expected.filter((e) => e.type === type).length);
		await expect(rows.first().locator('.cmp-relation .cmp-badge')).toContainText(RELATION_LOOK[type as RelationType].icon);
	}
	// The note is set in the text colour, not muted.
	const [note, text] = await page
		.locator('.cmp-relation-note')
		.first()
		.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).color]);
	expect(note).toBe(text);
	// The single-author lists follow the pairs, and each claim there belongs to its list's author.
	const last = await page.locator('section.cmp-group').last().getAttribute('id');
	expect(last?.startsWith('only-')).toBe(true);
	for (const list of await page.locator('section.cmp-group[id^="only-"]').all()) {
		const article = (await list.getAttribute('id'))?.slice('only-'.length);
		const claims = await list.locator('li[data-claim]').evaluateAll((items) => items.map((li) => li.getAttribute('data-claim') ?? ''));
		expect(claims.length).toBeGreaterThan(0);
		for (const ref of claims) {
			expect(articleOf(ref)).toBe(article);
			expect(expected.some((e) => e.left === ref || e.right === ref)).toBe(false);
		}
	}
});

// One test per scheme: three axe runs each.
for (const scheme of SCHEMES) {
	test(`axe finds nothing on the map, a followed pair and the way back, ${scheme}`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/compare/');
		expect(await violations(page)).toEqual([]);
		const note = page.locator('.cmp-map-note a').first();
		const pair = (await note.getAttribute('href')) ?? '';
		await note.click();
		await expect(page.locator(`li.cmp-row${pair}`)).toBeInViewport();
		expect(await violations(page), 'at a pair').toEqual([]);
		await page.locator(`li.cmp-row${pair} a.cmp-to-map`).click();
		await expect(page.locator(`tr[id="map-${pair.slice(1)}"]`)).toBeInViewport();
		expect(await violations(page), 'back at the map').toEqual([]);
	});
}

test('in print the pairs keep two columns on A4 and links print no site paths', async ({ page }) => {
	// A4 at 96 dpi, less Chromium's default margins: narrower than the screen's two-column width.
	await page.setViewportSize({ width: 718, height: 1047 });
	await page.goto('/compare/');
	await page.emulateMedia({ media: 'print' });
	const cells = page.locator('li.cmp-row').first().locator('.cmp-cell');
	await expect(cells).toHaveCount(data.articles.length <= 3 ? data.articles.length : 2);
	const [a, b] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()]);
	expect(a && b && b.x).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
	expect(a?.y).toBe(b?.y);
	const printed = await page
		.locator('main a[href]')
		.evaluateAll((links) => links.filter((a) => getComputedStyle(a, '::after').content.includes('/')).map((a) => a.getAttribute('href')));
	expect(printed).toEqual([]);
	await expect(page.locator('.cmp-jumps')).toBeHidden();
});

test('the map’s links keep WCAG 2.5.8’s target spacing: rows 24 px apart on a wide screen, links 24 px tall on a phone', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/compare/');
	const tops = await page.locator('.cmp-map tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().top));
	expect(tops.length).toBeGreaterThan(1);
	for (let i = 1; i < tops.length; i++) expect((tops[i] ?? 0) - (tops[i - 1] ?? 0)).toBeGreaterThanOrEqual(23.9);
	await page.setViewportSize({ width: 390, height: 844 });
	const heights = await page.locator('.cmp-map a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
	expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
});
