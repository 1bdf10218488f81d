import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scriptHashSource } from '../site/boot-script';

/**
 * `_headers` (copied from public/) allows scripts from the site itself; the
 * pages also carry the boot script inline (src/site/boot-script.ts), so its
 * hash is added to the header CSP's script-src here, after the build, from
 * the bundle the pages inlined.
 */
export function headersIntegration(): AstroIntegration {
	return {
		name: 'companion:headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const boots = (await readdir(join(out, '_astro'))).filter((f) => /^boot-[\w-]+\.js$/.test(f));
				if (boots.length !== 1) throw new Error(`_headers: expected one boot-*.js in ${join(out, '_astro')}, found ${boots.length}`);
				const source = scriptHashSource(await readFile(join(out, '_astro', boots[0] as string), 'utf8'));
				const path = join(out, '_headers');
				const text = await readFile(path, 'utf8');
				const updated = text.replace(/^(\s+Content-Security-Policy:.*?script-src [^;]*)/m, `$1 ${source}`);
				if (updated === text) throw new Error(`_headers: no Content-Security-Policy with a script-src in ${path}`);
				await writeFile(path, updated);
				logger.info(`allowed the inline boot script by its hash (${source}) in _headers`);
			},
		},
	};
}
