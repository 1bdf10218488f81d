import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from './site';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
	type: string;
	url?: string;
	message: string;
	lastLine?: number;
}

describe('every built page is valid HTML (W3C Nu HTML Checker)', () => {
	it('has 0 errors', () => {
		const files = builtPages().map((p) => `${DIST}/${p.file}`);
		const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
		const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
		const errors = messages
			.filter((m) => m.type === 'error')
			.map((m) => `${(m.url ?? '').replace(`file:${DIST}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
		expect(errors).toEqual([]);
		expect(files.length).toBeGreaterThan(10);
	});
});
