import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_IDS } from './pages';

/** The faces Chromium actually drew an element's text with (CDP), not the stack asked for. */
async function facesOf(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	return fonts.map((f) => f.familyName);
}

/**
 * The authors' words in a screen serif on Linux and Android too, from the reader's own fonts (no
 * web font: the reading page's 12 KiB budget counts every byte it transfers, bench/budgets.ts).
 * Chromium's generic `serif` on Linux is Times New Roman's stand-in, a face for print; a
 * Linux machine has Noto Serif or DejaVu Serif, Android has Noto Serif (issue 29).
 */
test('a paragraph of the text is drawn in a screen serif, not a Times stand-in', async ({ page }) => {
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	const faces = await facesOf(page, '.prose p[id^="p-"]');
	expect(faces.length).toBeGreaterThan(0);
	for (const face of faces) expect(face).not.toMatch(/Liberation Serif|Nimbus Roman|Tinos|Times/i);
	// Besides the paragraph number's interface face, a screen serif.
	expect(faces.filter((face) => /Charter|Sitka|Georgia|Noto Serif|DejaVu Serif|Source Serif/.test(face)).length, faces.join(', ')).toBe(1);
});

test('the site’s own words stay in the interface face', async ({ page }) => {
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	for (const face of await facesOf(page, '.site-footer, footer')) expect(face).not.toMatch(/Serif|Charter|Georgia|Times/i);
});

test('a page’s own title is in the interface face, and only a text’s title in the serif', async ({ page }) => {
	for (const path of ['/compare/', '/map/', '/claims/', '/about/']) {
		await page.goto(path);
		for (const face of await facesOf(page, 'main h1')) expect(face, path).not.toMatch(/Serif|Charter|Georgia|Sitka|Times/i);
	}
	await page.goto(`/articles/${ARTICLE_IDS[0]}/`);
	expect((await facesOf(page, '.article-head h1')).join(', ')).toMatch(/Charter|Sitka|Georgia|Noto Serif|DejaVu Serif/);
});
