import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, expect, test } from '@playwright/test';
import { playwrightLaunch } from '../support/chromium';
import { ARTICLE, PARA, WORDS } from './notes-fixtures';
import { copyLink, highlighted, inView, select, toolbar } from './reader-notes-support';

const POLYFILL = readFileSync(createRequire(import.meta.url).resolve('text-fragments-polyfill/text-fragment-utils'), 'utf8');

test.use({ viewport: { width: 1280, height: 800 } });

test('nothing of the toolbar is on the page before the reader selects', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(r.url()));
	await page.goto(ARTICLE);
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((u) => /reader-notes|notes\.[\w-]+\.css/.test(u))).toEqual([]);
	await expect(toolbar(page)).toHaveCount(0);
	await select(page, PARA, WORDS);
	await expect(toolbar(page)).toBeVisible();
	for (const name of ['Copy link', 'Cite', 'Highlight', 'Add note'])
		await expect(toolbar(page).getByRole('button', { name })).toBeVisible();
});

test('the layer works under the page’s CSP: nothing it does is blocked, nothing leaves the origin', async ({ page, baseURL }) => {
	const blocked: string[] = [];
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!/^(blob|data):/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(r.url());
	});
	await page.exposeFunction('reportViolation', (v: string) => blocked.push(v));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
		),
	);
	await page.goto(ARTICLE);
	await select(page, PARA, WORDS);
	await toolbar(page).getByRole('button', { name: 'Cite' }).click();
	await expect(page.locator('.reader-cite dt').first()).toBeVisible();
	await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
	await expect(page.locator('.reader-note')).toBeVisible();
	expect(blocked).toEqual([]);
	expect(foreign).toEqual([]);
});

test('Copy link lands on exactly the words, in a fresh context, with text fragments and without', async ({ page }) => {
	// Two more browsers are launched: on a busy 2-core machine that takes more than the default time.
	test.slow();
	await page.goto(ARTICLE);
	await select(page, PARA, WORDS);
	const link = await copyLink(page);
	const url = new URL(link);
	expect(url.pathname).toBe(ARTICLE);
	expect(url.hash).toMatch(new RegExp(`^#p-${PARA}:~:text=`));
	expect(url.searchParams.get('passage')).toMatch(new RegExp(`^${PARA}\\.\\d+-\\d+\\.[0-9a-z]+$`));

	for (const args of [[], ['--disable-blink-features=TextFragmentIdentifiers']]) {
		const browser = await chromium.launch({ ...playwrightLaunch, args: [...playwrightLaunch.args, ...args] });
		const fresh = await browser.newPage({ viewport: { width: 1280, height: 600 } });
		await fresh.goto(link);
		await expect.poll(() => highlighted(fresh, 'reader-passage')).toEqual([WORDS]);
		await expect.poll(() => inView(fresh, 'reader-passage')).toBe(true);
		await browser.close();
	}
});

test.describe('the text fragment alone', () => {
	// The polyfill's matcher is added to the page as an inline script, which the page's CSP forbids.
	test.use({ bypassCSP: true });
	test('matches the selected words once in a fresh page, with context where the words repeat', async ({ page, browser }) => {
		await page.goto(ARTICLE);
		// "bloc" is in every paragraph and the title: the fragment needs context to be unique.
		await select(page, 3, 'bloc');
		const link = new URL(await copyLink(page));
		expect(link.hash).toMatch(/^#p-3:~:text=.*(-,|,-)/);
		link.search = '';
		const fresh = await browser.newPage({ bypassCSP: true });
		await fresh.goto(link.href);
		expect(await fresh.evaluate(() => 'fragmentDirective' in document)).toBe(true);
		await fresh.addScriptTag({
			type: 'module',
			content: `${POLYFILL}\nwindow.textFragments = { getFragmentDirectives, parseFragmentDirectives, processTextFragmentDirective };`,
		});
		await fresh.waitForFunction(() => 'textFragments' in window);
		const found = await fresh.evaluate((hash) => {
			const tf = (window as unknown as { textFragments: Record<string, (...a: unknown[]) => unknown> }).textFragments;
			const { text = [] } = tf.parseFragmentDirectives!(tf.getFragmentDirectives!(hash)) as { text?: unknown[] };
			return (tf.processTextFragmentDirective!(text[0], document, document.body) as Range[]).map((r) => r.toString());
		}, link.hash);
		expect(found).toEqual(['bloc']);
		await fresh.close();
	});
});

test('a link whose words changed falls back to its paragraph, marking nothing', async ({ page }) => {
	await page.goto(`${ARTICLE}?passage=${PARA}.10-30.zzzz#p-${PARA}`);
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => CSS.highlights.has('reader-passage'))).toBe(false);
	expect(await page.evaluate(() => location.hash)).toBe(`#p-${PARA}`);
});

test('a phrase repeated word for word gets no text fragment, but our parameter still lands on it', async ({ page }) => {
	await page.goto(ARTICLE);
	// "capital" appears word for word in two paragraphs of the text, twice in the first.
	await select(page, PARA, 'capital');
	const link = await copyLink(page);
	const url = new URL(link);
	expect(url.hash === `#p-${PARA}` || url.hash.includes(':~:text=')).toBe(true);
	await page.goto(link);
	await expect.poll(() => highlighted(page, 'reader-passage')).toEqual(['capital']);
});
