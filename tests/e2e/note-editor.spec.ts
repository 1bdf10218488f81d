import { expect, test } from '@playwright/test';
import { select, toolbar } from './reader-notes-support';

test.use({ viewport: { width: 1280, height: 800 } });

test('the note editor’s categories are a symbol and a word each, with no stray line drawn between them', async ({ page }) => {
	await page.goto('/articles/alpha-2009/');
	await select(page, 2, 'hopes to sign an accord');
	await toolbar(page).getByRole('button', { name: 'Add note' }).click();
	const options = page.getByRole('group', { name: 'Category' }).locator('label');
	await expect(options).toHaveText(['★ Key point', '? Question', '✗ Disagree']);
	// A dotted or double border on a label reads as a stray "⋮" or "║" glued to the next option.
	const drawn = await options.evaluateAll((labels) =>
		labels.flatMap((label) => {
			const s = getComputedStyle(label);
			return (['Top', 'Right', 'Bottom', 'Left'] as const)
				.filter(
					(side) =>
						s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
						parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
				)
				.map((side) => `${label.textContent} ${side}`);
		}),
	);
	expect(drawn).toEqual([]);
});
