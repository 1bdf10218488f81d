import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The built site carries the boot script (src/scripts/common/boot.entry.ts) inline in every page's
 * head, not as a file: it must run before first paint anyway, and as a file
 * it cost every page a request whose headers weighed a quarter of the script.
 * The CSP allows it by its hash (src/build/csp.ts; the integration
 * src/integrations/headers.ts writes the same CSP into `_headers`).
 */
export interface InlineScript {
	code: string;
	/** The CSP source for it: `'sha256-…'`. */
	source: string;
}

/** The CSP source that allows exactly `code` as an inline script. */
export function scriptHashSource(code: string): string {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The bundled boot script, read from the build's output folder while the
 * pages render (Vite has written it by then). `url` is its URL on the site,
 * under the base path; undefined in the dev server, which serves it as a module.
 */
export function inlineBoot(url: string, base: string): InlineScript | undefined {
	if (!import.meta.env.PROD) return undefined;
	// OUT_DIR may be absolute (the bench and the tests build elsewhere): resolve, not join.
	const file = resolve(process.cwd(), process.env.OUT_DIR ?? 'dist', '.' + url.slice(base.replace(/\/$/, '').length));
	if (!existsSync(file)) throw new Error(`the boot script is not at ${file}, where the build should have written it`);
	const code = readFileSync(file, 'utf8');
	if (/<\/script/i.test(code)) throw new Error(`${file} contains "</script", which would end the inline script early`);
	return { code, source: scriptHashSource(code) };
}
