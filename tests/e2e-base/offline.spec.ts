import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../playwright.base-path.config';
import { firstVisit, note, noteListed, readOffline, searchOffline, unsavedPage, type OfflineSite } from '../support/offline-journey';

/** This build is of the real texts (content/). */
const REAL: OfflineSite = {
	pages: [
		['articles/mcdermott-2009/', /Moscow Pushes For Formal Cooperation/],
		['articles/blank-2010/', /The Implications of UN-CSTO Cooperation/],
		['compare/', /./],
		['map/', /./],
		['read/mcdermott-2009/blank-2010/', /./],
		['claims/mcdermott-2009/un-agreement-planned/', /./],
		['entities/', /./],
		['timeline/', /./],
		['notes/', /My notes/],
	],
	words: ['articles/blank-2010/', 3, 'pubic'],
	search: { word: 'Bordyuzha', slip: 'Bordyuza' },
};

test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 180_000 });

test('under the base path: one visit, then the texts, compare, a claim, search and My notes offline', async ({ context, page }) => {
	await firstVisit(page, BASE_PATH);
	const registration = await page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return { scope: r?.scope, script: r?.active?.scriptURL };
	});
	expect(new URL(registration.scope ?? '').pathname).toBe(BASE_PATH);
	expect(new URL(registration.script ?? '').pathname).toBe(`${BASE_PATH}sw.js`);
	await note(page, BASE_PATH, 'mcdermott-2009', 5, 'strongly supports a more practical approach', 'Under the base path.');
	await readOffline(context, page, BASE_PATH, REAL);
	await noteListed(page, BASE_PATH, 'Under the base path.');
	await searchOffline(page, BASE_PATH, REAL);
	await unsavedPage(page, BASE_PATH);
});
