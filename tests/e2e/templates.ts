import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const PAGES = join(import.meta.dirname, '..', '..', 'src', 'pages');

/** A page template: its route file under src/pages/, and the built paths it matches. */
interface Route {
	file: string;
	pattern: RegExp;
	/** Literal characters: a more literal route wins over one with more parameters (`/claims/kind/x/` is not a claim page). */
	literal: number;
}

/** The routes that write HTML pages, each as a pattern over a built page's site path. */
function htmlRoutes(): Route[] {
	return readdirSync(PAGES, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => relative(PAGES, join(e.parentPath, e.name)).replaceAll('\\', '/'))
		.map((file) => {
			const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
			if (route === '404') return { file, pattern: /^\/404\.html$/, literal: 99 };
			const source = route
				.split('/')
				.filter(Boolean)
				.map((segment) => (segment.startsWith('[...') ? '(?:.+/)?' : segment.startsWith('[') ? '[^/]+/' : `${segment}/`))
				.join('');
			return { file, pattern: new RegExp(`^/${source}$`), literal: route.replace(/\[[^\]]+\]/g, '').length };
		});
}

/**
 * The built pages grouped by the template that writes them, each group in path order:
 * the accessibility sweep checks every template and a sample of each repeated one.
 * A page no template claims is an error, so a new kind of page is never left out.
 */
export function pagesByTemplate(pages: string[]): Map<string, string[]> {
	const routes = htmlRoutes();
	const groups = new Map<string, string[]>();
	for (const page of pages) {
		const route = routes.filter((r) => r.pattern.test(page)).sort((a, b) => b.literal - a.literal)[0];
		if (!route) throw new Error(`no template in src/pages/ writes ${page}`);
		groups.set(route.file, [...(groups.get(route.file) ?? []), page]);
	}
	return groups;
}

/** The first, the middle and the last page of a template: one for a template built once. */
export function sample(pages: string[]): string[] {
	return [...new Set([pages[0]!, pages[Math.floor(pages.length / 2)]!, pages.at(-1)!])];
}
