import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './capture';

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs a real `astro build` of the site over another content folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
	const outDir = mkdtempSync(join(tmpdir(), 'companion-build-'));
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(outDir, 'dist'), CACHE_DIR: join(outDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
		timeout: 180_000,
	});
	// Astro's error printer uses ANSI codes and bold markers; the message text is what matters.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}
