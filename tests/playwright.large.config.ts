import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * A library, as a reader gets it: the 50 generated articles of tests/support/large-library.ts,
 * more than COMPANION_MAX (src/shared/library-plan.ts), built into their own folders (never
 * dist/) and served. Its claims are sections of their articles' claims pages; the claims search
 * finds them there. Built once per `npm test`: tests/fixture-builds/corpus-budgets.test.ts builds
 * it first, and this serves that build, building it again only if the code changed since.
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
		command: `node tests/support/large-library.ts --if-stale && astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `${ORIGIN}/`,
		cwd: '..',
		reuseExistingServer: false,
		timeout: 300_000,
		env: {
			ASTRO_TELEMETRY_DISABLED: '1',
			// The folders tests/support/large-library.ts builds into.
			CONTENT_DIR: './tests/.tmp/corpus-large',
			OUT_DIR: './tests/.tmp/dist-large',
			CACHE_DIR: './tests/.tmp/cache-large',
		},
	},
});
