import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

/**
 * The site built and served under a base path, as on GitHub project pages:
 * `npm run test:base-path`. The web server builds into its own folders (so it
 * never touches dist/ or the main build's cache), then `astro preview` serves
 * that build under /companion/ (preview honours `base`). SITE is the preview's
 * own address, so absolute URLs (canonical, og:image, sitemap) can be fetched.
 */
export const BASE_PATH = '/companion/';
const PORT = await sharedFreePort('E2E_BASE_PATH_PORT');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = {
	ASTRO_TELEMETRY_DISABLED: '1',
	SITE: ORIGIN,
	BASE_PATH,
	OUT_DIR: './tests/.tmp/dist-companion',
	CACHE_DIR: './tests/.tmp/cache-companion',
};

export default defineConfig({
	testDir: 'e2e-base',
	outputDir: '../test-results/base-path',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 120_000,
	use: {
		baseURL: ORIGIN,
		browserName: 'chromium',
		launchOptions: playwrightLaunch,
		// As in playwright.config.ts: only the offline specs let the companion's service worker run.
		serviceWorkers: 'block',
	},
	webServer: {
		command: `astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `${ORIGIN}${BASE_PATH}`,
		cwd: '..',
		reuseExistingServer: false,
		// The build comes first: allow for it on a 2-core machine.
		timeout: 300_000,
		env,
	},
});
