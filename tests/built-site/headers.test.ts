import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, parsePage } from './site';

/** The `/*` rule of `_headers`, as Netlify and Cloudflare Pages read it: header name (lower case) → value. */
function allPathsHeaders(): Map<string, string> {
	const headers = new Map<string, string>();
	let rule = '';
	for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rule = line.trim();
		else if (rule === '/*') {
			const colon = line.indexOf(':');
			headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
		}
	}
	return headers;
}

const metaCsp = (file: string) => String(select('meta[http-equiv="content-security-policy"]', parsePage(file))?.properties.content ?? '');

describe('_headers', () => {
	it('sends every page’s meta CSP, plus the frame-ancestors a meta tag cannot set', () => {
		const header = allPathsHeaders().get('content-security-policy');
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(10);
		const metas = new Set(pages.map((p) => metaCsp(p.file)));
		expect(metas.size).toBe(1);
		expect(header).toBe(`${[...metas][0]}; frame-ancestors 'none'`);
	});

	it('names no source file that is not there', () => {
		const named = [...readFileSync(join(DIST, '_headers'), 'utf8').matchAll(/\bsrc\/[\w/.-]+\.ts\b/g)].map((m) => m[0]);
		expect(named.length).toBeGreaterThan(0);
		for (const file of named) expect(() => readFileSync(join(import.meta.dirname, '..', '..', file)), file).not.toThrow();
	});
});
