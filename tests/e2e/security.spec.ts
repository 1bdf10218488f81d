import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { ARTICLE_IDS, builtPages } from './pages';

// Every built page, in a few runs of pages one after another, so the walk is
// shared between the workers instead of being the last test left running.
const PAGES = builtPages();
const RUNS = 4;
const runs = Array.from({ length: RUNS }, (_, i) => PAGES.filter((_, j) => j % RUNS === i));

for (const [i, run] of runs.entries()) {
	test(`no page requests anything from another origin, and the CSP blocks nothing it serves (pages ${i + 1} of every ${RUNS})`, async ({
		page,
		baseURL,
	}) => {
		expect(run.length).toBeGreaterThan(0);
		test.setTimeout(60_000);
		const foreign: string[] = [];
		const violations: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
		});
		for (const path of run) {
			await page.goto(path);
			// Exercise the enhancements too: a claim preview fetches claims.json. (Pages whose claim
			// links sit on cards that already show the quote and summary, the index and compare, have none.)
			if (await page.locator('.claim-note:has(.claim-links a)').count())
				await page.locator('.claim-note:has(.claim-links a) label').first().click();
			const claimLink = page.locator('a[href*="#claim-"]:visible').first();
			if ((await page.locator('#claim-preview').count()) && (await claimLink.count())) {
				await claimLink.hover();
				await expect(page.getByRole('tooltip')).toBeVisible();
			}
		}
		expect(foreign).toEqual([]);
		expect(violations).toEqual([]);
	});
}

// The meta tag is in the served HTML, so a request reads it without rendering each page.
test('every page carries a CSP without unsafe-inline scripts', async ({ request }) => {
	for (const path of builtPages()) {
		const response = await request.get(path);
		expect(response.ok(), path).toBe(true);
		const meta = select('meta[http-equiv="content-security-policy"]', fromHtml(await response.text()));
		const csp = meta ? String(meta.properties['content']) : null;
		expect(csp, path).toContain("script-src 'self'");
		expect(csp?.match(/script-src[^;]*/)?.[0], path).not.toContain("'unsafe-inline'");
		expect(csp, path).toContain("object-src 'none'");
	}
});

test('script in a URL fragment stays inert', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs += 1;
		await d.dismiss();
	});
	for (const hash of ['#<img src=x onerror=alert(1)>', '#claim-"><script>alert(2)</script>', '#javascript:alert(3)']) {
		// The last article: its claims relate to the first's, so a note has links to hover.
		await page.goto(`/articles/${ARTICLE_IDS.at(-1)}/${hash}`);
		await page.locator('.claim-note:has(.claim-links a) label').first().click();
		await page.locator('.claim-links a:visible').first().hover();
		await page.keyboard.press('Escape');
	}
	expect(dialogs).toBe(0);
	// The one inline script is the site's own boot script (src/build/boot-inline.ts), allowed by its hash.
	expect(await page.locator('img[src="x"], script:not([src]):not([type]):not([data-boot])').count()).toBe(0);
	expect(await page.locator('script:not([src]):not([type])').count()).toBe(1);
});

test('reduced motion turns off smooth scrolling', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
