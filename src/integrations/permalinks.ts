import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build';
import { contentDir } from '../loaders/read-content';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { parseDocument } from 'yaml';
import { ContentError, parseWithFriendlyErrors } from '../shared/errors';
import { RedirectsSchema } from '../schemas/redirects';
import { getClaimGraph } from '../graph';
import { MOVED, movedTo } from '../shared/moved';

/**
 * Permalinks are forever. `content/permalinks.txt` lists every public URL of
 * the site (pages, and the `#claim-…` and `#p-…` anchors readers cite); a
 * build that no longer has one fails, naming it, unless `content/redirects.yaml`
 * maps it to where it went. `UPDATE_PERMALINKS=1 npm run build` records new URLs.
 */
const MANIFEST = 'permalinks.txt';

export function permalinksIntegration(): AstroIntegration {
	return afterBuild('companion:permalinks', ({ out, base, logger }) => {
		const content = contentDir();
		const manifestPath = join(content, MANIFEST);
		const update = process.env.UPDATE_PERMALINKS === '1';
		// No manifest, nothing to keep: a content folder that records no permalinks (a test corpus) is not crawled.
		if (!update && !existsSync(manifestPath)) return;
		const current = publicUrls(out).map((u) => base.slice(0, -1) + u);
		const rootRelative = (u: string) => `/${u.slice(base.length)}`;
		if (update) {
			const kept = existsSync(manifestPath) ? readManifest(manifestPath) : [];
			const all = [...new Set([...kept, ...current.map(rootRelative)])].sort();
			writeFileSync(manifestPath, `${all.join('\n')}\n`);
			logger.info(`recorded ${all.length} permalinks in ${relative(process.cwd(), manifestPath)}`);
		}
		if (!existsSync(manifestPath)) return;
		const have = new Set(current.map(rootRelative));
		const redirected = readRedirects(content);
		const manifest = readManifest(manifestPath);
		// A path the site moved (src/shared/moved.ts) is kept when what it moved to exists.
		const { plan } = getClaimGraph();
		const moved = manifest.flatMap((u) => {
			const to = have.has(u) ? undefined : movedTo(u, plan);
			return to !== undefined && have.has(to) ? [{ from: u, to }] : [];
		});
		const forwarded = new Set(moved.map((m) => m.from));
		const lost = manifest.filter((u) => !have.has(u) && !redirected.has(u) && !forwarded.has(u));
		if (lost.length > 0) {
			throw new ContentError(
				lost.map((u) => ({
					file: relative(process.cwd(), manifestPath),
					at: u,
					expected: 'a public URL that still exists, or a redirect for it in redirects.yaml',
					found: 'the build no longer has it',
				})),
				'A permalink someone may have cited was dropped or renamed. Restore it, or add "old: new" to content/redirects.yaml.',
			);
		}
		writeFileSync(join(out, '_redirects'), redirectsFile(base, readRedirectMap(content), moved));
		logger.info(
			`all ${have.size} public URLs kept; none of the ${manifest.length} permalinks lost (${moved.length + redirected.size} forwarded, listed in _redirects)`,
		);
	});
}

export function readManifest(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * `_redirects` for Netlify and Cloudflare Pages (one `from to 301` a line, paths under the base):
 * the editors' renames, then each recorded permalink the site moved.
 */
export function redirectsFile(base: string, renamed: Map<string, string>, moved: { from: string; to: string }[]): string {
	const under = (p: string) => base.slice(0, -1) + p;
	const lines = ['# Written by the build (src/integrations/permalinks.ts); GitHub Pages ignores it, and its 404 page forwards instead.'];
	if (renamed.size > 0) lines.push('# content/redirects.yaml', ...[...renamed].map(([from, to]) => `${under(from)} ${under(to)} 301`));
	for (const rule of MOVED) {
		const mine = moved.filter((m) => rule.from.test(m.from));
		if (mine.length === 0) continue;
		lines.push(`# ${rule.why}`);
		if (rule.lines)
			lines.push(...rule.lines.map((l) => l.replace(/^(\S+) (\S+)/, (_, from: string, to: string) => `${under(from)} ${under(to)}`)));
		else lines.push(...mine.map((m) => `${under(m.from)} ${under(m.to)} 301`));
	}
	return `${lines.join('\n')}\n`;
}

/** `content/redirects.yaml`: a mapping of `"/old/path/": "/new/path/"`. Only the old side matters here. */
export function readRedirects(content: string): Set<string> {
	return new Set(readRedirectMap(content).keys());
}

/** `content/redirects.yaml` as a mapping of old path to new path, checked. */
export function readRedirectMap(content: string): Map<string, string> {
	const path = join(content, 'redirects.yaml');
	if (!existsSync(path)) return new Map();
	const file = relative(process.cwd(), path);
	const expected = 'a mapping of "/old/path/": "/new/path/", one a line';
	const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
	if (doc.errors.length > 0) {
		throw new ContentError(
			doc.errors.map((e) => ({
				file,
				at: e.linePos ? `line ${e.linePos[0].line}` : '(file)',
				expected,
				found: `YAML it cannot read: ${e.message.split('\n')[0]}`,
			})),
		);
	}
	const value = parseWithFriendlyErrors(RedirectsSchema, doc.toJS(), file, '(file)') ?? {};
	return new Map(
		Object.entries(value)
			.map(([k, v]) => [k.trim(), v] as const)
			.filter(([k]) => k !== ''),
	);
}

/**
 * The anchors of a page that readers cite: each claim's mark and each paragraph (`claim-…`, `p-…`),
 * and in a library's claims pages each claim's section (src/components/ClaimSection.astro).
 */
function anchorsOf(tree: Root): string[] {
	const marks = selectAll('[id^="claim-"], [id^="p-"]', tree).map((e) => String(e.properties.id));
	const sections = selectAll('section.cl-grouped[id]', tree).map((e) => String(e.properties.id));
	return [...marks.filter((id) => ANCHOR.test(id)), ...sections.filter((id) => SECTION.test(id))];
}

const ANCHOR = /^(claim|p)-[a-z0-9-]+$/;
const SECTION = /^[a-z0-9-]+$/;

/** Every page of `dist` (not 404, not Pagefind's files) and every claim and paragraph anchor in it. */
export function publicUrls(dist: string): string[] {
	const urls: string[] = [];
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const rel = relative(dist, path).replaceAll('\\', '/');
		// Search's own data (Pagefind's index, the did-you-mean vocabulary) is rebuilt with the texts, never cited.
		if (rel === '404.html' || /(^|\/)(pagefind|_astro|search-vocabulary)\//.test(rel)) continue;
		if (!rel.endsWith('.html')) {
			// Data readers cite or fetch (exports, feeds, EPUB editions); not assets like scripts and images.
			if (/\.(json|jsonld|bib|ris|xml|txt|argdown|epub)$/.test(rel)) urls.push(`/${rel}`);
			continue;
		}
		const page = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
		urls.push(page);
		urls.push(...anchorsOf(fromHtml(readFileSync(path, 'utf8'))).map((id) => `${page}#${id}`));
	}
	return [...new Set(urls)].sort();
}
