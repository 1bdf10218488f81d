// The browser tests drive Debian's Chromium (no test tool may download a
// browser), the HTML check runs the Nu checker on Java, and the EPUB check
// runs Debian's epubcheck (its jar, on the same Java). Installs what is
// missing when we are root, or says in one line how to.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasJava()) missing.push('default-jre-headless');
if (!existsSync(EPUBCHECK)) missing.push('epubcheck');

if (missing.length > 0) {
	if (process.getuid?.() !== 0) {
		console.error(`Missing for the tests: run "sudo apt-get install -y ${missing.join(' ')}" and try again.`);
		process.exit(1);
	}
	console.log(`Installing Debian's ${missing.join(' and ')} for the tests…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
	if (!existsSync(CHROMIUM) || !hasJava() || !existsSync(EPUBCHECK)) {
		console.error(
			`Still missing after apt-get install ${missing.join(' ')}: Chromium at ${CHROMIUM}, java on the PATH, or epubcheck at ${EPUBCHECK}.`,
		);
		process.exit(1);
	}
}
