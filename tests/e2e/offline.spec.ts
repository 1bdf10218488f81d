import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { playwrightLaunch } from '../support/chromium';
import { firstVisit, note, noteListed, readOffline, searchOffline, unsavedPage, type OfflineSite } from '../support/offline-journey';
import { PARA, WORDS } from './notes-fixtures';

/** The fixture's pages and words (tests/fixtures/content/). */
const FIXTURE: OfflineSite = {
	pages: [
		['articles/alpha-2009/', /Capital Pushes For Formal Ties/],
		['articles/beta-2010/', /The Meaning of UN-Bloc Ties/],
		['compare/', /./],
		['map/', /./],
		['read/alpha-2009/beta-2010/', /./],
		['claims/alpha-2009/accord-planned/', /./],
		['entities/', /./],
		['timeline/', /./],
		['notes/', /My notes/],
	],
	words: ['articles/beta-2010/', 8, 'was small'],
	search: { word: 'Eastport', slip: 'Eastprot' },
};

// The other specs block service workers (tests/playwright.config.ts); these are about one.
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 180_000 });

test('after one visit, the texts, compare, map, parallel reading, a claim, entities, timeline, My notes and search work offline', async ({
	context,
	page,
}) => {
	// The CSP stays as it is, the worker and the manifest under it: nothing of theirs is refused.
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
	});
	await firstVisit(page, '/');
	await note(page, '/', 'alpha-2009', PARA, WORDS, 'Read on a plane.');
	await readOffline(context, page, '/', FIXTURE);
	await noteListed(page, '/', 'Read on a plane.');
	await searchOffline(page, '/', FIXTURE);
	await unsavedPage(page, '/');
	expect(refused).toEqual([]);
});

test('installable: a manifest under the base with icons and colours, and no installability error from Chromium', async ({ baseURL }) => {
	// Chromium answers "in incognito" for a test's fresh context: a profile of its own, as a reader's browser has.
	const profile = mkdtempSync(join(tmpdir(), 'companion-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		...playwrightLaunch,
		...(baseURL ? { baseURL } : {}),
		serviceWorkers: 'allow',
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await firstVisit(page, '/');
		const manifest = await page.evaluate(async () => {
			const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
			return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : undefined;
		});
		expect(manifest).toMatchObject({ start_url: '/', scope: '/', id: '/', display: 'standalone' });
		expect((manifest?.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		const themes = await page
			.locator('meta[name="theme-color"]')
			.evaluateAll((ms) => ms.map((m) => `${m.getAttribute('media')} ${m.getAttribute('content')}`));
		expect(themes).toEqual(['(prefers-color-scheme: light) #fbfaf7', '(prefers-color-scheme: dark) #15171b']);
		const cdp = await context.newCDPSession(page);
		// What Lighthouse's installable-manifest audit read, before Lighthouse 12 dropped it: Chromium's own verdict.
		await expect
			.poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors, {
				timeout: 30_000,
			})
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the offline companion waits for the reader: nothing of it loads before a scroll, and it registers after one', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (/\/_astro\/offline-[\w-]+\.js$|\/sw\.js$/.test(new URL(r.url()).pathname)) loaded.push(new URL(r.url()).pathname);
	});
	await page.goto('/articles/alpha-2009/');
	await page.waitForLoadState('networkidle');
	// The reading page's one script before the reader acts is the inline boot (bench/budgets.ts).
	expect(loaded).toEqual([]);
	await page.mouse.wheel(0, 400);
	await expect(page.locator('#offline-status')).toHaveText('Available offline', { timeout: 120_000 });
	expect(loaded.some((p) => /offline-/.test(p))).toBe(true);
});
