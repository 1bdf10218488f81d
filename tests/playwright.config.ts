import { defineConfig } from '@playwright/test';
import { playwrightLaunch } from './support/chromium.ts';
import { sharedFreePort } from './support/free-port.ts';

const PORT = await sharedFreePort('E2E_PORT');

export default defineConfig({
	testDir: 'e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: playwrightLaunch,
		// The companion's service worker would answer requests page.route() and the byte counts expect to see; offline.spec.ts allows it.
		serviceWorkers: 'block',
	},
	// Tests read the built site, as a reader gets it: `npm test` builds first.
	webServer: {
		command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		cwd: '..',
		reuseExistingServer: false,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
