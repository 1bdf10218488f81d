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

// Every template at both widths in both schemes, on its first page; the other pages sampled from a
// repeated template (its middle and last) once each, at the two opposite corners (phone and dark,
// desktop and light): what differs between pages of one template is content, not layout or colour.
// vnu checks every page's markup (tests/built-site/html-valid.test.ts).
for (const [template, pages] of TEMPLATES) {
	const [first, ...rest] = sample(pages);
	const visits = [
		...WIDTHS.map((width) => ({ path: first!, width, schemes: SCHEMES })),
		...rest.map((path, i) => ({ path, width: WIDTHS[i % 2]!, schemes: [SCHEMES[(i + 1) % 2]!] })),
	];
	for (const { path, width, schemes } of visits) {
		test(`axe: ${path} (${template}) at ${width} px, ${schemes.join(' and ')}`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height: 900 });
			for (const scheme of schemes) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				// Open disclosures so their contents are checked too.
				await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
				expect(await violations(page), scheme).toEqual([]);
			}
		});
	}
}
