import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/generate-corpus.ts';

/**
 * The library of 50 generated articles (bench/generate-corpus.ts), past COMPANION_MAX
 * (src/shared/library-plan.ts), so a library: its claims are sections of their articles' claims
 * pages. Built once per `npm test` and shared by its checks: tests/fixture-builds/corpus-budgets.test.ts
 * builds it (or finds it built) and reads the build; tests/playwright.large.config.ts serves it,
 * building it first only when no build is newer than the code it is built from.
 * The same seed every time: the same claims, so a failure can be looked at again.
 */
const TMP = join(import.meta.dirname, '..', '.tmp');
export const LARGE_LIBRARY = join(TMP, 'corpus-large');
export const LARGE_DIST = join(TMP, 'dist-large');
const LARGE_CACHE = join(TMP, 'cache-large');
const ROOT = join(import.meta.dirname, '..', '..');
/** Written after a build that succeeded; its time is the build's. */
const STAMP = join(LARGE_DIST, '.built');
export const LARGE_ARTICLES = 50;
/** The site URL it is built for: the pages' absolute URLs (canonical, Open Graph) carry it. */
export const LARGE_SITE = 'http://localhost:4321';

/** Each article's id and its claims' ids, read from the generated files' frontmatter. */
export function largeLibraryRefs(): { article: string; claim: string }[] {
	return readdirSync(join(LARGE_LIBRARY, 'articles'))
		.filter((f) => f.endsWith('.md'))
		.flatMap((f) => {
			const frontmatter = readFileSync(join(LARGE_LIBRARY, 'articles', f), 'utf8').split(/^---$/m)[1] ?? '';
			const { claims = [] } = parse(frontmatter) as { claims?: { id: string }[] };
			return claims.map(({ id }) => ({ article: f.slice(0, -'.md'.length), claim: id }));
		});
}

/**
 * Writes the library, and beside it the permalinks a reader may have kept from it as it was
 * (claim pages, their marks, the per-claim citation files since moved), as
 * `UPDATE_PERMALINKS=1` would have recorded them before the move: the build checks them.
 */
export function writeLargeLibrary(): void {
	rmSync(LARGE_LIBRARY, { recursive: true, force: true });
	generateCorpus({ articles: LARGE_ARTICLES, dir: LARGE_LIBRARY });
	const manifest = [
		'/claims/',
		'/compare/',
		'/claims.json',
		'/annotations.jsonld',
		...largeLibraryRefs().flatMap(({ article, claim }) => [
			`/articles/${article}/#claim-${claim}`,
			`/claims/${article}/${claim}/`,
			...['bib', 'ris', 'json'].map((ext) => `/cite/${article}/${claim}.${ext}`),
		]),
	];
	writeFileSync(join(LARGE_LIBRARY, 'permalinks.txt'), `${manifest.join('\n')}\n`);
}

const VITE_ENV = new Set([
	'BASE_URL',
	'MODE',
	'DEV',
	'PROD',
	'SSR',
	'NODE_ENV',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
	'TEST',
]);

/** Writes and builds the library into LARGE_DIST, as `astro build` does; throws with the build's output when it fails. */
export function buildLargeLibrary(): void {
	writeLargeLibrary();
	rmSync(LARGE_DIST, { recursive: true, force: true });
	const run = spawnSync('npx', ['astro', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			// Not the variables Vitest sets for its own run: NODE_ENV=test, or DEV and PROD, would build the pages as for the dev server.
			...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k))),
			ASTRO_TELEMETRY_DISABLED: '1',
			SITE: LARGE_SITE,
			CONTENT_DIR: LARGE_LIBRARY,
			OUT_DIR: LARGE_DIST,
			CACHE_DIR: LARGE_CACHE,
		},
	});
	if (run.status !== 0) throw new Error(`the ${LARGE_ARTICLES}-article library did not build:\n${run.stdout}\n${run.stderr}`);
	writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** What the build is made from: the site's code and config, and the corpus generator. */
const SOURCES = [
	'src',
	'public',
	'astro.config.ts',
	'package-lock.json',
	'bench/generate-corpus.ts',
	'bench/vocabulary.ts',
	'tests/support/large-library.ts',
];

const newest = (path: string): number => {
	const full = join(ROOT, path);
	if (!existsSync(full)) return 0;
	const stat = statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(
		stat.mtimeMs,
		...readdirSync(full, { recursive: true, withFileTypes: true }).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
	);
};

/** Whether the last build is newer than everything it was made from. */
export const largeLibraryFresh = (): boolean => existsSync(STAMP) && statSync(STAMP).mtimeMs > Math.max(...SOURCES.map(newest));

/** The build this `npm test` already made, or a new one when the code changed since. */
export function ensureLargeLibrary(): void {
	if (!largeLibraryFresh()) buildLargeLibrary();
}

// `--if-stale`: build only when the code changed since the last build (the browser tests' web server).
if (import.meta.main) {
	if (process.argv.includes('--if-stale')) ensureLargeLibrary();
	else buildLargeLibrary();
	console.log(`a library of ${LARGE_ARTICLES} articles, built in ${LARGE_DIST}`);
}
