import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { escapeUTF8 } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { CONTENT, readArticle } from '../support/capture';
import { DIST } from './pages';

/**
 * An independent check of the "source" links: each claim page's text-fragment
 * link to the original page, run through the Text Fragments polyfill's own
 * matcher (text-fragments-polyfill, not src/cite/text-fragment.ts) in Chromium,
 * over our capture of that page. It must match once, and on the claim's quote.
 * The capture is loaded with setContent: no request leaves the test.
 */
const data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
const POLYFILL = readFileSync(createRequire(import.meta.url).resolve('text-fragments-polyfill/text-fragment-utils'), 'utf8');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The capture named in an article's front matter, each blank-line paragraph a block, as on the publisher's page. */
function captureHtml(article: string): string {
	const { source } = readArticle(article).data;
	const text = readFileSync(join(CONTENT, 'sources', source.capture), 'utf8');
	return `<!doctype html><html lang="en"><body>${text
		.split(/\n\s*\n/)
		.map((p) => `<p>${escapeUTF8(p)}</p>`)
		.join('')}</body></html>`;
}

/** The one text-fragment link of a built claim page. */
function sourceLink(claimId: string): string {
	const tree = fromHtml(readFileSync(join(DIST, 'claims', claimId, 'index.html'), 'utf8'));
	const links = selectAll('a[href*="#:~:"]', tree).map((a) => String(a.properties['href']));
	expect(links, claimId).toHaveLength(1);
	return links[0] as string;
}

/** What the polyfill matches for a URL's text directive: the text of each range, at most two (it stops there). */
async function matches(page: Page, url: string): Promise<string[]> {
	return page.evaluate((hash) => {
		const tf = (window as unknown as { textFragments: Record<string, (...a: unknown[]) => unknown> }).textFragments;
		const { text = [] } = tf.parseFragmentDirectives!(tf.getFragmentDirectives!(hash)) as { text?: unknown[] };
		if (text.length !== 1) return [`(${text.length} text directives)`];
		return (tf.processTextFragmentDirective!(text[0], document, document.body) as Range[]).map((r) => r.toString());
	}, new URL(url).hash);
}

async function loadCapture(page: Page, article: string): Promise<void> {
	await page.setContent(captureHtml(article));
	await page.addScriptTag({
		type: 'module',
		content: `${POLYFILL}\nwindow.textFragments = { getFragmentDirectives, parseFragmentDirectives, processTextFragmentDirective };`,
	});
	await page.waitForFunction(() => 'textFragments' in window);
}

for (const article of data.articles) {
	const claims = data.claims.filter((c) => c.article === article.id);
	test(`${article.id}: every claim's source link matches its quote, once, on the captured page`, async ({ page }) => {
		expect(claims.length).toBeGreaterThan(0);
		await loadCapture(page, article.id);
		for (const claim of claims) {
			const found = await matches(page, sourceLink(claim.id));
			expect(found, claim.id).toHaveLength(1);
			expect(norm(found[0] as string), claim.id).toBe(norm(claim.quote));
		}
	});
}

test('a fragment that is not on the page, or matches twice, is caught', async ({ page }) => {
	const [claim] = data.claims;
	if (!claim) throw new Error('claims.json has no claims');
	await loadCapture(page, claim.article);
	const link = sourceLink(claim.id);
	expect(await matches(page, `${link.split('#')[0]}#:~:text=words%20nowhere%20in%20the%20capture`)).toEqual([]);
	expect((await matches(page, `${link.split('#')[0]}#:~:text=the`)).length).toBe(2);
});
