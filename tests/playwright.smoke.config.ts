import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * A short smoke test of the real site in dist/, in Chromium (`npm test` builds dist/ first): axe on
 * one page of each template (tests/e2e-site/a11y.spec.ts), and search across NATO's two spellings,
 * a decision of the real content (tests/e2e-site/search-variants.spec.ts). Everything else a reader
 * sees is tested on the made-up fixture site (playwright.config.ts), and the real texts are held
 * by tests/content/ and the built-site checks.
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
