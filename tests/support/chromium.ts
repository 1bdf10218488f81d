/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from
 * reaching any network beyond the loopback server the tests or the bench start, and from
 * fetching components or updates of its own. The tests and the bench share it.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Options for Playwright's `chromium.launch`. */
export const playwrightLaunch = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true };
