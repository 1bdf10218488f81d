/** What the numbers were measured on: they mean little without the machine. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../tests/support/chromium.ts';
import type { Machine } from './results.ts';

export function machine(): Machine {
	let chromium: string;
	try {
		// Debian's wrapper script prints shell noise on stderr; the version is on stdout.
		chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		chromium = `not found at ${CHROMIUM_PATH}`;
	}
	return {
		nproc: availableParallelism(),
		memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		cpu: cpus()[0]?.model ?? 'unknown',
		node: process.version,
		chromium,
		platform: `${platform()} ${release()}`,
	};
}
