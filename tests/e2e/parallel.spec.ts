import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { LEFT_OUT } from '../../src/site/parallel-prose';
import { builtPages, DIST } from './pages';
import { openSearch, resultPlaces } from './search-page';

/** What the parallel pages must show comes from the built site: claims.json and the reading pages. */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const PAIRS = builtPages()
	.map((p) => /^\/read\/([^/]+)\/([^/]+)\/$/.exec(p))
	.filter((m): m is RegExpExecArray => m !== null)
	.map(([path, left, right]) => ({ path, left: left ?? '', right: right ?? '' }));

/** A reading page's paragraphs (`#p-N`, text as the reader gets it) and the paragraph holding each claim's mark. */
function readingPage(article: string) {
	const tree = fromHtml(readFileSync(join(DIST, 'articles', article, 'index.html'), 'utf8'));
	const paragraphs = selectAll('.prose p[id^="p-"]', tree) as Element[];
	const claimParagraph = new Map<string, number>();
	for (const p of paragraphs) {
		const n = Number(String(p.properties.id).slice(2));
		for (const mark of selectAll('mark.claim[id]', p)) claimParagraph.set(`${article}/${String(mark.properties.id).slice(6)}`, n);
	}
	const lang = (selectAll('article[lang]', tree)[0] as Element | undefined)?.properties.lang;
	return { paragraphs: paragraphs.map((p) => toString(authorsOnly(p))), claimParagraph, lang: String(lang) };
}

/** A reading page's paragraph without what the site adds that a column leaves out (the claim notes, wherever they sit). */
function authorsOnly(node: Element): Element {
	const kept = node.children.filter(
		(c) => c.type !== 'element' || !(c.properties.className as string[] | undefined)?.some((k) => LEFT_OUT.has(k)),
	);
	return { ...node, children: kept.map((c) => (c.type === 'element' ? authorsOnly(c) : c)) };
}

/** Every pair of paragraphs a relation joins, from left to right, as `L-R`. */
function expectedJoins(left: string, right: string): Set<string> {
	const at = new Map([...readingPage(left).claimParagraph, ...readingPage(right).claimParagraph]);
	const joins = new Set<string>();
	for (const r of data.relations) {
		const [from, to] = [r.from, r.to].map((ref) => ({ article: ref.split('/')[0], n: at.get(ref) }));
		if (from?.article === left && to?.article === right) joins.add(`${from.n}-${to.n}`);
		if (from?.article === right && to?.article === left) joins.add(`${to.n}-${from.n}`);
	}
	return joins;
}

/** For each fixture text, a join near its top that the other column can bring level: Alpha ¶2 to Beta ¶2, Beta ¶1 to Alpha ¶2. */
const LEVELLED: Record<string, string> = { 'alpha-2009': '#beta-2010-p-2', 'beta-2010': '#alpha-2009-p-2' };

const column = (page: Page, article: string) => page.locator(`#read-${article}`);
const scroller = (page: Page, article: string) => column(page, article).locator('[data-par-scroll]');

/** The smallest distance between `p`'s top and the top of one of its partners. */
async function misalignment(p: Locator): Promise<number> {
	return p.evaluate((el) => {
		const block = el.closest<HTMLElement>('.par-block');
		const tops = (block?.dataset.partners ?? '').split(' ').map((id) => document.getElementById(id)?.getBoundingClientRect().top);
		const mine = el.getBoundingClientRect().top;
		return Math.min(...tops.map((t) => (t === undefined ? Infinity : Math.abs(t - mine))));
	});
}

test('a parallel page exists for both orders of each pair of related articles', () => {
	const related = new Set(
		data.relations
			.map((r) => [r.from, r.to].map((ref) => ref.split('/')[0]))
			.filter(([a, b]) => a !== b)
			.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
	);
	expect(new Set(PAIRS.map((p) => `${p.left}|${p.right}`))).toEqual(related);
	expect(PAIRS.length).toBeGreaterThan(0);
});

for (const from of ['/', '/compare/']) {
	test(`${from} links to parallel reading, the oldest text on the left`, async ({ page }) => {
		await page.goto(from);
		const link = page.getByRole('main').getByRole('link', { name: 'Read the texts side by side' });
		await expect(link).toHaveCount(1);
		const [oldest, next] = data.articles.map((a) => a.id);
		await expect(link).toHaveAttribute('href', `/read/${oldest}/${next}/`);
		await link.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('side by side');
	});
}

test('search finds the texts on their reading pages, never on a parallel page', async ({ page }) => {
	// A word of every pair's texts: the first paragraph of the first article.
	const word = readingPage(PAIRS[0]?.left ?? '').paragraphs[0]?.match(/[A-Z][a-z]{5,}/)?.[0] ?? 'capital';
	await openSearch(page, word);
	const places = await resultPlaces(page);
	expect(places.length).toBeGreaterThan(0);
	expect(places.filter((p) => p.includes('/read/'))).toEqual([]);
});

for (const { path, left, right } of PAIRS) {
	test.describe(path, () => {
		test('both texts, every paragraph word for word, in their language; ids unique', async ({ page }) => {
			await page.goto(path);
			for (const article of [left, right]) {
				const expected = readingPage(article).paragraphs;
				const shown = column(page, article).locator(`p[id^="${article}-p-"]`);
				await expect(shown).toHaveCount(expected.length);
				expect(await shown.allTextContents()).toEqual(expected);
				await expect(column(page, article)).toHaveAttribute('lang', readingPage(article).lang);
				await expect(column(page, article).getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
					'href',
					`/articles/${article}/`,
				);
			}
			const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
			expect(ids.length).toBe(new Set(ids).size);
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
		});

		test('every relation link goes to a paragraph of the other text, both ways, one per join', async ({ page }) => {
			await page.goto(path);
			const found = new Set<string>();
			const seen = new Set<string>();
			for (const [from, to, flip] of [
				[left, right, false],
				[right, left, true],
			] as const) {
				const links = await column(page, from)
					.locator('.par-joins a')
					.evaluateAll((as) =>
						as.map((a) => ({ href: a.getAttribute('href') ?? '', in: a.closest('.par-block')?.querySelector('p[id]')?.id ?? '' })),
					);
				for (const link of links) {
					const target = page.locator(`${link.href}`);
					await expect(target, link.href).toHaveCount(1);
					expect(await target.evaluate((el, col) => el.tagName === 'P' && el.closest(`#read-${col}`) !== null, to), link.href).toBe(true);
					const [a, b] = [Number(link.in.split('-p-')[1]), Number(link.href.split('-p-')[1])];
					const join = flip ? `${b}-${a}` : `${a}-${b}`;
					// One link per pair of paragraphs on each side, whatever the number of relations between them.
					expect(seen.has(`${from}:${join}`), join).toBe(false);
					seen.add(`${from}:${join}`);
					found.add(join);
				}
			}
			expect(found).toEqual(expectedJoins(left, right));
		});

		test('wide: scrolling either text brings a related passage of the other level', async ({ page }) => {
			test.setTimeout(60_000);
			await page.setViewportSize({ width: 1440, height: 900 });
			await page.goto(path);
			for (const [from, to] of [
				[left, right],
				[right, left],
			] as const) {
				const related = column(page, from).locator('.par-block[data-partners] > p[id]');
				const count = await related.count();
				expect(count).toBeGreaterThan(0);
				for (let i = 0; i < count; i += Math.max(1, Math.floor(count / 4))) {
					const p = related.nth(i);
					// The reader's own scroll: the wheel over the column, until the paragraph reaches its top.
					await scroller(page, from).hover();
					const delta = await p.evaluate(
						(el) => el.getBoundingClientRect().top - (el.closest('[data-par-scroll]')?.getBoundingClientRect().top ?? 0),
					);
					await page.mouse.wheel(0, delta);
					await expect.poll(() => misalignment(p), `${from} ¶${i} level with ${to}`).toBeLessThanOrEqual(3);
				}
			}
		});

		test('wide: a relation link brings its paragraph level with the one it is under, the page unmoved', async ({ page }) => {
			await page.setViewportSize({ width: 1440, height: 900 });
			for (const side of [left, right]) {
				// Each side from the page as it opens, on a link in sight: a join on the first screen to a
				// paragraph no higher in its text (a text's first paragraphs cannot come down past its pane's
				// top, so Beta ¶2 to Alpha ¶2, which stands higher, stops short).
				await page.goto(path);
				const link = column(page, side).locator(`.par-joins a[href="${LEVELLED[side]}"]`).first();
				const source = link.locator('xpath=ancestor::div[contains(@class, "par-block")]/p');
				const before = await page.evaluate(() => scrollY);
				const href = (await link.getAttribute('href')) ?? '';
				await link.click();
				await expect(page).toHaveURL((url) => url.hash === href);
				await expect(page.locator(href)).toBeFocused();
				expect(await page.evaluate(() => scrollY)).toBe(before);
				const [a, b] = await Promise.all([source, page.locator(href)].map((l) => l.evaluate((el) => el.getBoundingClientRect().top)));
				expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(3);
			}
		});

		test('phone: the switch opens the other text at the partner of the paragraph being read', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			await expect(column(page, left)).toBeVisible();
			await expect(column(page, right)).toBeHidden();
			const p = column(page, left).locator('.par-block[data-partners] > p[id]').nth(1);
			await p.evaluate((el) => scrollTo({ top: scrollY + el.getBoundingClientRect().top - 150, behavior: 'instant' }));
			const before = await p.evaluate((el) => el.getBoundingClientRect().top);
			const partners = (await p.locator('xpath=..').getAttribute('data-partners'))?.split(' ') ?? [];
			await page.locator('.par-switch a').nth(1).click();
			await expect(column(page, right)).toBeVisible();
			await expect(column(page, left)).toBeHidden();
			await expect(page.locator('.par-switch a').nth(1)).toHaveAttribute('aria-current', 'true');
			const hash = new URL(page.url()).hash.slice(1);
			expect(partners).toContain(hash);
			const after = await page.locator(`#${hash}`).evaluate((el) => el.getBoundingClientRect().top);
			expect(Math.abs(after - before)).toBeLessThanOrEqual(3);
			// And back: the left text opens at a partner of the paragraph now read.
			await page.locator('.par-switch a').nth(0).click();
			await expect(column(page, left)).toBeVisible();
			const back = new URL(page.url()).hash.slice(1);
			const backPartners = (await page.locator(`#${hash}`).locator('xpath=..').getAttribute('data-partners'))?.split(' ') ?? [];
			expect(backPartners).toContain(back);
		});
	});

	test.describe(`${path} without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });

		test('both texts read and the relation links land on their paragraph', async ({ page }) => {
			await page.setViewportSize({ width: 1440, height: 900 });
			await page.goto(path);
			for (const article of [left, right]) {
				await expect(column(page, article)).toBeVisible();
				await expect(column(page, article).locator(`p[id^="${article}-p-"]`)).toHaveCount(readingPage(article).paragraphs.length);
			}
			const link = column(page, left).locator('.par-joins a').last();
			const href = (await link.getAttribute('href')) ?? '';
			await link.click();
			await expect(page).toHaveURL((url) => url.hash === href);
			await expect(page.locator(href)).toBeInViewport();
		});

		test('phone: the switch is two anchors, and a relation link shows the other text', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			await expect(column(page, right)).toBeHidden();
			await page.locator('.par-switch a').nth(1).click();
			await expect(column(page, right)).toBeVisible();
			await expect(column(page, left)).toBeHidden();
			const link = column(page, right).locator('.par-joins a').first();
			const href = (await link.getAttribute('href')) ?? '';
			await link.click();
			await expect(column(page, left)).toBeVisible();
			await expect(page.locator(href)).toBeInViewport();
		});
	});
}
