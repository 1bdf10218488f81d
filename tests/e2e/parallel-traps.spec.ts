import { expect, test } from '@playwright/test';

/** The parallel reader without traps (issue 29): panes that fit the window, no blank page, the wheel never held. */
const PAGE = '/read/alpha-2009/beta-2010/';

test.describe('1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('both panes fit the first screen, whole', async ({ page }) => {
		await page.goto(PAGE);
		for (const pane of await page.locator('.par-scroll').all()) {
			const box = await pane.boundingBox();
			expect(box && box.y + box.height).toBeLessThanOrEqual(800);
			expect(box?.height).toBeGreaterThan(300);
		}
	});

	test('nothing below the footer: the page ends where the footer does', async ({ page }) => {
		await page.goto(PAGE);
		const { doc, footer } = await page.evaluate(() => ({
			doc: document.documentElement.scrollHeight,
			footer: (document.querySelector('footer')?.getBoundingClientRect().bottom ?? 0) + scrollY,
		}));
		expect(doc).toBeLessThanOrEqual(Math.max(800, Math.ceil(footer) + 1));
	});

	test('at the end of a pane the wheel scrolls the page on, to the footer', async ({ page }) => {
		await page.goto(PAGE);
		const pane = page.locator('.par-scroll').first();
		await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
		const box = await pane.boundingBox();
		await page.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 100);
		// The wheel, turned on: a pane whose height falls on a fraction of a pixel takes that fraction
		// first; a pane that held the wheel (overscroll containment) would keep the page still forever.
		await expect
			.poll(async () => {
				await page.mouse.wheel(0, 600);
				return page.evaluate(() => scrollY);
			})
			.toBeGreaterThan(0);
		await expect(page.locator('footer')).toBeInViewport();
	});
});
