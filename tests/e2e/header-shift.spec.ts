import { expect, test } from '@playwright/test';
import { ARTICLE_IDS } from './pages';

/**
 * The header never moves once painted: what the boot script shows (the theme button) has its
 * place from the first paint, so neither the header's items nor the page below it shift (issue 29).
 * Measured with the browser's own layout-shift entries. /notes/, drawn by its script, is here too.
 */
const [older = '', newer = ''] = ARTICLE_IDS.toSorted();
const PAGES = [`/read/${older}/${newer}/`, '/map/', '/search/', '/search/?q=accord', `/articles/${older}/`, '/', '/notes/'];

for (const width of [1280, 390]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });
		for (const path of PAGES) {
			test(`${path}: no layout shift in the header or of the page below it`, async ({ page }) => {
				await page.addInitScript(() => {
					const w = window as unknown as { shifts: string[] };
					w.shifts = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
							for (const source of entry.sources) {
								const node = source.node instanceof Element ? source.node : source.node?.parentElement;
								if (node && (node.closest('.site-header') || node.matches('main, body > *:not(.site-header)')))
									w.shifts.push(`${node.nodeName}.${node.className} ${entry.value.toFixed(4)}`);
							}
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(300);
				expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
			});
		}
	});
}
