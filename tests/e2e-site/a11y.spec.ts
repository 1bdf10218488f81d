import { expect, test } from '@playwright/test';
import { violations, SCHEMES } from '../e2e/axe';
import { builtPages } from '../e2e/pages';
import { pagesByTemplate } from '../e2e/templates';

/**
 * The real site's pages through axe, one page of each template: the real texts bring what the
 * fixture site has less of (long paragraphs with many claims, long entity pages, the real
 * timeline). The fixture site's sweep (tests/e2e/a11y.spec.ts) holds every template at a phone's
 * and a desktop's width in light and dark; here each template is seen once, the width and the
 * scheme turning from one template to the next so that every pairing comes up. vnu checks every
 * page of the real site (tests/built-site/html-valid.test.ts).
 */
const CORNERS = [
	{ width: 1280, scheme: SCHEMES[0] },
	{ width: 390, scheme: SCHEMES[1] },
	{ width: 390, scheme: SCHEMES[0] },
	{ width: 1280, scheme: SCHEMES[1] },
] as const;
const TEMPLATES = pagesByTemplate(builtPages());

test('the real site has its reading pages and claim pages to visit', () => {
	expect(TEMPLATES.get('articles/[id].astro')?.length).toBeGreaterThan(1);
	expect(TEMPLATES.get('claims/[article]/[claim].astro')?.length).toBeGreaterThan(1);
});

[...TEMPLATES].forEach(([template, [path]], i) => {
	const { width, scheme } = CORNERS[i % CORNERS.length]!;
	test(`axe: ${path} (${template}) at ${width} px, ${scheme}`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height: 900 });
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(path!);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		expect(await violations(page)).toEqual([]);
	});
});
