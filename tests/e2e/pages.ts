import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** The build the preview serves: dist/, or OUT_DIR when it is set (astro.config.ts reads it too). */
export const DIST = process.env.OUT_DIR ? resolve(ROOT, process.env.OUT_DIR) : join(ROOT, 'dist');

/** Every page the build wrote, as a site path: what the accessibility sweep visits. */
export function builtPages(): string[] {
	return readdirSync(DIST, { recursive: true, withFileTypes: true })
		.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html'))
		.map((entry) => relative(DIST, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
		.filter((rel) => !/(^|\/)(_astro|pagefind)\//.test(rel))
		.map((rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

export const ARTICLE_IDS = builtPages()
	.map((p) => /^\/articles\/([^/]+)\/$/.exec(p)?.[1])
	.filter((id): id is string => id !== undefined);
