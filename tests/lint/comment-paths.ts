import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every `src/…` or `tests/…` file a comment names must exist: a comment that
 * points to a moved or renamed file sends the next reader nowhere. Run by
 * `npm run lint` (`node tests/lint/comment-paths.ts`); tested on a fixture in
 * tests/unit/comment-paths.test.ts.
 */

/** Folders whose files are read; generated or made-up trees are not. */
const SKIP = /(^|\/)(node_modules|dist|\.astro|\.tmp|fixtures|test-results|playwright-report)(\/|$)/;
const CODE = /\.(ts|mts|mjs|cjs|js|astro|css)$/;
/** A comment: a block, a line comment, HTML's, or a `#` line. */
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|<!--[\s\S]*?-->|^\s*#[^\n]*/gm;
/** A path under src/ or tests/ ending in a file name with an extension, or a folder's trailing slash. */
const PATH = /(?<![\w./-])((?:src|tests)\/[\w.\-[\]/]*(?:\.[a-z]{2,6}\b|\/(?=[\s`'")]|$)))/gm;

export interface StalePath {
	file: string;
	line: number;
	path: string;
}

function filesUnder(root: string, dir: string): string[] {
	if (!existsSync(join(root, dir))) return [];
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)).replaceAll('\\', '/'))
		.filter((f) => !SKIP.test(f));
}

/** The files read: code under src/, tests/ and bench/, and the configs at the top. */
export function commentedFiles(root: string): string[] {
	const top = readdirSync(root, { withFileTypes: true })
		.filter((e) => e.isFile() && CODE.test(e.name))
		.map((e) => e.name);
	const code = ['src', 'tests', 'bench'].flatMap((d) => filesUnder(root, d)).filter((f) => CODE.test(f));
	return [...top, ...code].sort();
}

/** Each path named in a comment of `files` (relative to `root`) that is not there. */
export function stalePaths(root: string, files: string[]): StalePath[] {
	const stale: StalePath[] = [];
	for (const file of files) {
		const text = readFileSync(join(root, file), 'utf8');
		for (const comment of text.matchAll(COMMENT)) {
			for (const match of comment[0].matchAll(PATH)) {
				const path = match[1]!;
				if (existsSync(join(root, path))) continue;
				const line = text.slice(0, comment.index + match.index).split('\n').length;
				stale.push({ file, line, path });
			}
		}
	}
	return stale;
}

if (import.meta.main) {
	const root = join(import.meta.dirname, '..', '..');
	const stale = stalePaths(root, commentedFiles(root));
	for (const s of stale) console.error(`${s.file}:${s.line}: the comment names ${s.path}, which does not exist`);
	if (stale.length > 0) process.exit(1);
}
