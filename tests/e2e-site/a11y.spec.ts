import { expect, test } from '@playwright/test';
import { violations, SCHEMES } from '../e2e/axe';
import { builtPages } from '../e2e/pages';
import { pagesByTemplate } from '../e2e/templates';

/**
 * The real site's pages through axe, one page of each template at a phone's and a desktop's width
 * in light and dark: the real texts bring what the fixture site has little of (sections, captions,
 * author notes, a timeline of events, long entity pages). The fixture site's sweep
 * (tests/e2e/a11y.spec.ts) samples every template more widely; vnu checks every page here.
 */
const WIDTHS = [390, 1280] as const;
const TEMPLATES = pagesByTemplate(builtPages());

test('the real site has its reading pages and claim pages to visit', () => {
	expect(TEMPLATES.get('articles/[id].astro')?.length).toBeGreaterThan(1);
	expect(TEMPLATES.get('claims/[article]/[claim].astro')?.length).toBeGreaterThan(1);
});

// One test per page and width, both schemes in it: a large page's four axe runs would not fit one test's time.
for (const [template, [path]] of TEMPLATES) {
	for (const width of WIDTHS) {
		test(`axe: ${path} (${template}) at ${width} px, light and dark`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height: 900 });
			for (const scheme of SCHEMES) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path!);
				await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
				expect(await violations(page), scheme).toEqual([]);
			}
		});
	}
}
