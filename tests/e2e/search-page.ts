import { expect, type Page } from '@playwright/test';

/** The fixture's two reading pages (tests/fixtures/content/), and their titles. */
export const ALPHA = '/articles/alpha-2009/';
export const BETA = '/articles/beta-2010/';
export const ALPHA_TITLE = 'Capital Pushes For Formal Ties Between UN, Bloc';
export const BETA_TITLE = 'The Meaning of UN-Bloc Ties';

/** Result links as path + hash: the highlight parameters are checked separately. */
export async function resultPlaces(page: Page, list = '#search-results'): Promise<string[]> {
	return page.locator(`${list} a.sr-link`).evaluateAll((links) =>
		links.map((a) => {
			const url = new URL((a as HTMLAnchorElement).href);
			return url.pathname + url.hash;
		}),
	);
}

/** Opens the search page on a URL and waits for its results (or its "0 results"). */
export async function openSearch(page: Page, q: string, extra = ''): Promise<void> {
	await page.goto(`/search/?q=${encodeURIComponent(q)}${extra}`);
	await expect(page.locator('#search-summary')).toContainText(`for “${q}”`);
}

export const pageOf = (place: string) => place.replace(/#.*$/, '');
