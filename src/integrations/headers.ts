import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build';
import { scriptHashSource } from '../build/boot-inline';
import { csp } from '../build/csp';

/**
 * `_headers`, the response headers Netlify and Cloudflare Pages read from the publish directory
 * (GitHub Pages cannot send headers), written after the build. Its Content-Security-Policy is the
 * one every page carries as a meta tag (src/build/csp.ts, with the inline boot script's hash from
 * the bundle the pages inlined, src/build/boot-inline.ts), plus `frame-ancestors`, which a meta tag
 * cannot set: one source for both, so they cannot drift apart.
 */
export function headersIntegration(): AstroIntegration {
	return afterBuild('companion:headers', async ({ out, logger }) => {
		const boots = (await readdir(join(out, '_astro'))).filter((f) => /^boot-[\w-]+\.js$/.test(f));
		if (boots.length !== 1) throw new Error(`_headers: expected one boot-*.js in ${join(out, '_astro')}, found ${boots.length}`);
		const source = scriptHashSource(await readFile(join(out, '_astro', boots[0] as string), 'utf8'));
		await writeFile(join(out, '_headers'), headersFile(csp([source])));
		logger.info(`wrote _headers, the pages' CSP with the inline boot script's hash (${source})`);
	});
}

/** The `_headers` file for a page CSP of `policy`. Paths are from the host's root: with a base path, prefix them (/companion/*). */
const headersFile = (policy: string): string => `# Response headers for Netlify and Cloudflare Pages, written by the build
# (src/integrations/headers.ts). The Content-Security-Policy is the <meta> CSP
# every page carries (src/build/csp.ts), plus frame-ancestors. GitHub Pages
# cannot send headers: there the meta CSP is all there is.
# Paths are from the host's root: with a base path, prefix them (/companion/*).

/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()
  Cross-Origin-Opener-Policy: same-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
