import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * The real site in dist/, in Chromium (`npm test` builds dist/ first): axe on one page of each
 * template (tests/e2e-site/a11y.spec.ts), and the browser tests that still name the real texts'
 * articles, paragraphs and words. Those are to move to the fixture site (playwright.config.ts) as
 * the fixture content grows what they need; until then an edit to content/ can break them.
 */
const PORT = await sharedFreePort('E2E_SMOKE_PORT');

export default defineConfig({
	testDir: 'e2e-site',
	outputDir: '../test-results/smoke',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: playwrightLaunch,
		// A running service worker would answer the requests the tests route and count; the offline specs allow it.
		serviceWorkers: 'block',
	},
	webServer: {
		command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		cwd: '..',
		reuseExistingServer: false,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
