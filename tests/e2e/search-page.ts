import { expect, type Page } from '@playwright/test';

export const MCD = '/articles/mcdermott-2009/';
export const BLANK = '/articles/blank-2010/';
export const BLANK_TITLE = 'The Implications of UN-CSTO Cooperation';

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
