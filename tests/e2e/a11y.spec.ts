import { expect, test } from '@playwright/test';
import { violations, SCHEMES } from './axe';
import { builtPages } from './pages';
import { pagesByTemplate, sample } from './templates';

/** A phone and a desktop: the layouts differ below and above the site's breakpoints. */
const WIDTHS = [390, 1280] as const;
const TEMPLATES = pagesByTemplate(builtPages());

// An empty or missing build would otherwise leave nothing to sweep and pass.
test('the sweep has the built pages to visit', () => {
	expect(TEMPLATES.get('index.astro')).toEqual(['/']);
	expect(TEMPLATES.get('articles/[id].astro')?.length).toBeGreaterThan(0);
	expect(TEMPLATES.get('claims/[article]/[claim].astro')?.length).toBeGreaterThan(0);
});

// Every template, and the first, middle and last page of a repeated one (vnu checks every page's
// markup, tests/built-site/html-valid.test.ts). One test per page and width, both schemes in it.
for (const [template, pages] of TEMPLATES) {
	for (const path of sample(pages)) {
		for (const width of WIDTHS) {
			test(`axe: ${path} (${template}) at ${width} px, light and dark`, async ({ page }) => {
				test.setTimeout(90_000);
				await page.setViewportSize({ width, height: 900 });
				for (const scheme of SCHEMES) {
					await page.emulateMedia({ colorScheme: scheme });
					await page.goto(path);
					// Open disclosures so their contents are checked too.
					await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
					expect(await violations(page), scheme).toEqual([]);
				}
			});
		}
	}
}
