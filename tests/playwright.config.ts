import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.ts';

const PORT = 4399;

/** Debian's Chromium, never a downloaded browser, with the flags that keep it off the closed network. */
export const chromiumLaunch = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
	testDir: 'e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunch,
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
