import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * A large library, as a reader gets it: `npm run test:large` generates 50 articles
 * (tests/support/large-library.ts), more than CLAIM_PAGES_MAX, builds them into their own
 * folders (never dist/) and serves the build. Its claims are sections of their articles'
 * claims pages; the claims search finds them there.
 */
const PORT = await sharedFreePort('E2E_LARGE_PORT');
const ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'e2e-large',
	outputDir: '../test-results/large',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 60_000,
	use: {
		baseURL: ORIGIN,
		browserName: 'chromium',
		launchOptions: playwrightLaunch,
		// As in playwright.config.ts: only the offline specs let the companion's service worker run.
		serviceWorkers: 'block',
	},
	webServer: {
		command: `node tests/support/large-library.ts && astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `${ORIGIN}/`,
		cwd: '..',
		reuseExistingServer: false,
		timeout: 300_000,
		env: {
			ASTRO_TELEMETRY_DISABLED: '1',
			SITE: ORIGIN,
			CONTENT_DIR: './tests/.tmp/corpus-large',
			OUT_DIR: './tests/.tmp/dist-large',
			CACHE_DIR: './tests/.tmp/cache-large',
		},
	},
});
