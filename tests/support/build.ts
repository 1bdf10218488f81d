import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';
import { ROOT } from './capture';

/**
 * Builds the site over another content folder with Astro's JS API, in this
 * process. astro.config.ts and src/content.config.ts read CONTENT_DIR, OUT_DIR
 * and CACHE_DIR when each build loads them, so they are set for the build and
 * restored after. Returns what the build threw, if it failed. The folders
 * stay in the system's temp folder: Astro writes its content cache a moment
 * after build() returns, so removing them here would break that write.
 * The site keeps its claim graph on globalThis: never run two of these at
 * once in one process (a test file's builds run in sequence).
 */
export async function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<Error | undefined> {
	return (await buildSiteInto(contentDir, env)).error;
}

/** The same, saying where the site was built, for checks of what it wrote. */
export async function buildSiteInto(contentDir: string, env: Record<string, string> = {}): Promise<{ error?: Error; outDir: string }> {
	const tmp = mkdtempSync(join(tmpdir(), 'companion-build-'));
	const outDir = join(tmp, 'dist');
	const vars: Record<string, string> = {
		CONTENT_DIR: contentDir,
		OUT_DIR: outDir,
		CACHE_DIR: join(tmp, 'cache'),
		ASTRO_TELEMETRY_DISABLED: '1',
		...env,
	};
	const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
	Object.assign(process.env, vars);
	try {
		await build({ root: ROOT, logLevel: 'silent' });
		return { outDir };
	} catch (error) {
		return { error: error instanceof Error ? error : new Error(String(error)), outDir };
	} finally {
		for (const [k, v] of Object.entries(saved)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	}
}
