import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every file the build wrote, relative to dist/, with forward slashes. */
function builtFiles(dir = DIST): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => !entry.isDirectory())
		.map((entry) => relative(DIST, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
		.sort();
}

/** Built HTML pages as site paths: `articles/blank-2010/index.html` → `/articles/blank-2010/`. */
export function builtPages(): { path: string; file: string }[] {
	return builtFiles()
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
		.map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

const parsed = new Map<string, Root>();
export function parsePage(file: string): Root {
	let tree = parsed.get(file);
	if (!tree) {
		tree = fromHtml(readFileSync(join(DIST, file), 'utf8'));
		parsed.set(file, tree);
	}
	return tree;
}

export function elements(tree: Root, test: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (el: Element) => {
		if (test(el)) found.push(el);
	});
	return found;
}

export function idsOf(file: string): Set<string> {
	return new Set(elements(parsePage(file), (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id)));
}

/** The file that serves a site path, as a static host would: `/a/` → `a/index.html`. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path).replace(/^\//, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}
