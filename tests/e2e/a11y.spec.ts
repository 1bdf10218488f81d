import { expect, test } from '@playwright/test';
import { violations, SCHEMES } from './axe';
import { builtPages } from './pages';

const PAGES = builtPages();

// An empty or missing build would otherwise leave nothing to sweep and pass.
test('the sweep has the built pages to visit', () => {
	expect(PAGES).toContain('/');
	expect(PAGES.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(0);
	expect(PAGES.filter((p) => p.startsWith('/claims/')).length).toBeGreaterThan(0);
});

// Both schemes in one test: one page and one axe injection per page, not two.
for (const path of PAGES) {
	test(`axe: ${path} in light and dark`, async ({ page }) => {
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			// Open disclosures so their contents are checked too.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			expect(await violations(page), scheme).toEqual([]);
		}
	});
}
