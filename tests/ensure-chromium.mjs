// The browser tests drive Debian's Chromium; no test tool may download a browser.
// Installs it when it is missing and we are root, or says in one line how to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	if (process.getuid?.() !== 0) {
		console.error(`Chromium is missing at ${CHROMIUM}: run "sudo apt-get install -y chromium" and try again.`);
		process.exit(1);
	}
	console.log('Installing Debian\'s chromium for the browser tests…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	if (!existsSync(CHROMIUM)) {
		console.error(`Chromium is still missing at ${CHROMIUM} after apt-get install chromium.`);
		process.exit(1);
	}
}
