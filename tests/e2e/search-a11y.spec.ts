import { expect, test } from '@playwright/test';
import { SCHEMES, violations } from './axe';
import { ALPHA, BETA, openSearch } from './search-page';

test.describe('accessibility with results open', () => {
	for (const scheme of SCHEMES) {
		test(`axe: search page with passages and facets, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await openSearch(page, 'bloc');
			await page.getByRole('checkbox').first().check();
			expect(await violations(page)).toEqual([]);
		});

		test(`axe: search page with claims, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await openSearch(page, 'Petrov', '&mode=claims');
			expect(await violations(page)).toEqual([]);
		});

		test(`axe: header results on a reading page, and the highlighted landing, in ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(BETA);
			await page.locator('#site-search-q').fill('capital');
			await expect(page.locator('.site-search-panel a.sr-link').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await page.goto(`${ALPHA}?highlight=capital&highlight=bloc#p-3`);
			await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});
