import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const SCHEMES = ['light', 'dark'] as const;

/**
 * The WCAG violations on the page as it stands, one line per rule. Legacy mode
 * runs axe in the page itself: the default mode merges its results in a fresh
 * blank page, a second of every check, and is needed only for cross-origin
 * frames, which the site has none of (security.spec.ts holds it to one origin).
 * Every rule still runs; `resultTypes` only spares axe listing each passing node,
 * which nothing here reads (a third to a half of a check's time).
 */
export async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(WCAG)
		.setLegacyMode()
		.options({ resultTypes: ['violations'] })
		.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
