import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * The main browser tests, on the made-up fixture site (tests/fixtures/content/), so that an
 * editor's change to content/ breaks none of them: the web server builds that site into its own
 * folders (never dist/) and serves the build. The real site is checked by tests/content/, the
 * built-site checks and the smoke tests (playwright.smoke.config.ts). The tests read the build
 * they are served from through OUT_DIR (tests/e2e/pages.ts) and its content through CONTENT_DIR
 * (tests/support/capture.ts), both set here for the workers too.
 */
const PORT = await sharedFreePort('E2E_PORT');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = {
	ASTRO_TELEMETRY_DISABLED: '1',
	SITE: ORIGIN,
	CONTENT_DIR: './tests/fixtures/content',
	OUT_DIR: './tests/.tmp/dist-e2e',
	CACHE_DIR: './tests/.tmp/cache-e2e',
};
process.env.OUT_DIR = env.OUT_DIR;
process.env.CONTENT_DIR = env.CONTENT_DIR;

export default defineConfig({
	testDir: 'e2e',
	outputDir: '../test-results/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: ORIGIN,
		browserName: 'chromium',
		launchOptions: playwrightLaunch,
		// The companion's service worker would answer requests page.route() and the byte counts expect to see; offline.spec.ts allows it.
		serviceWorkers: 'block',
	},
	webServer: {
		command: `astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `${ORIGIN}/`,
		cwd: '..',
		reuseExistingServer: false,
		// The build comes first: allow for it on a 2-core machine.
		timeout: 300_000,
		env,
	},
});
