import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets';
import { readingPaths } from './content';
import { DIST, elements, fileFor, parsePage } from './site';

/**
 * The reading pages' byte budget, counted from the built files rather than
 * measured in a browser (`npm run bench` measures it on the wire): the HTML
 * and everything it makes a browser fetch before the reader acts (stylesheets,
 * scripts, icons), each brotli-compressed as a host would send it, plus
 * HEADER_BYTES of response headers per request.
 */
const HEADER_BYTES = 261; // what bench/static-server.ts sends with a brotli HTML page (status line to blank line, read off its socket; was 262)

const br = (file: string) =>
	brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function pageWeight(path: string): { total: number; files: string[] } {
	const page = fileFor(path);
	if (!page) throw new Error(`no built page for ${path}`);
	const tree = parsePage(page);
	const fetched = elements(
		tree,
		(el) =>
			(el.tagName === 'link' && /\b(stylesheet|icon)\b/.test(String(el.properties.rel))) ||
			(el.tagName === 'script' && typeof el.properties.src === 'string'),
	)
		.map((el) => String(el.tagName === 'link' ? el.properties.href : el.properties.src))
		.filter((url) => !url.startsWith('data:'))
		.map((url) => {
			const file = fileFor(new URL(url, `http://site.test${path}`).pathname);
			if (!file) throw new Error(`${path} loads ${url}, which is not in dist/`);
			return file;
		});
	const files = [page, ...fetched];
	return { total: files.reduce((sum, f) => sum + br(f) + HEADER_BYTES, 0), files };
}

describe('reading page bytes', () => {
	for (const path of readingPaths) {
		it(`${path} with what it loads before input fits ${BUDGETS.readingPageBytes / 1024} KiB compressed`, () => {
			const { total, files } = pageWeight(path);
			expect(total, files.join(', ')).toBeLessThanOrEqual(BUDGETS.readingPageBytes);
		});
		it(`${path} loads at most ${BUDGETS.readingPageScriptsBeforeInput} script before input`, () => {
			const scripts = elements(
				parsePage(fileFor(path) as string),
				(el) => el.tagName === 'script' && el.properties.type !== 'application/ld+json',
			);
			expect(scripts.length).toBeLessThanOrEqual(BUDGETS.readingPageScriptsBeforeInput);
		});
	}
});
