import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** The build the preview serves: dist/, or OUT_DIR when it is set (astro.config.ts reads it too). */
export const DIST = process.env.OUT_DIR ? resolve(ROOT, process.env.OUT_DIR) : join(ROOT, 'dist');

/** Every page the build wrote, as a site path: what the accessibility sweep visits. */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
			} else if (entry.name.endsWith('.html')) {
				const rel = relative(DIST, path).replaceAll('\\', '/');
				out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(DIST);
	return out.sort();
}

export const ARTICLE_IDS = builtPages()
	.map((p) => /^\/articles\/([^/]+)\/$/.exec(p)?.[1])
	.filter((id): id is string => id !== undefined);
