import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/generate-corpus.ts';

/**
 * The library of 50 generated articles (bench/generate-corpus.ts), past COMPANION_MAX
 * (src/shared/library-plan.ts), so a library: its claims are sections of their articles' claims
 * pages. Built once per `npm test` (`npm run build:large`, then LARGE_LIBRARY_BUILT=1) and shared
 * by its checks: tests/fixture-builds/corpus-budgets.test.ts reads the build, and
 * tests/playwright.large.config.ts serves it. Run on its own, each builds it first.
 * The same seed every time: the same claims, so a failure can be looked at again.
 */
const TMP = join(import.meta.dirname, '..', '.tmp');
export const LARGE_LIBRARY = join(TMP, 'corpus-large');
export const LARGE_DIST = join(TMP, 'dist-large');
const LARGE_CACHE = join(TMP, 'cache-large');
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

/** Writes and builds the library into LARGE_DIST, as `astro build` does; throws with the build's output when it fails. */
export function buildLargeLibrary(): void {
	writeLargeLibrary();
	rmSync(LARGE_DIST, { recursive: true, force: true });
	const run = spawnSync('npx', ['astro', 'build'], {
		cwd: join(import.meta.dirname, '..', '..'),
		encoding: 'utf8',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			SITE: LARGE_SITE,
			CONTENT_DIR: LARGE_LIBRARY,
			OUT_DIR: LARGE_DIST,
			CACHE_DIR: LARGE_CACHE,
		},
	});
	if (run.status !== 0) throw new Error(`the ${LARGE_ARTICLES}-article library did not build:\n${run.stdout}\n${run.stderr}`);
}

/** The build `npm test` made once (LARGE_LIBRARY_BUILT=1), or a new one. */
export function ensureLargeLibrary(): void {
	if (process.env.LARGE_LIBRARY_BUILT === '1' && existsSync(join(LARGE_DIST, 'index.html'))) return;
	buildLargeLibrary();
}

if (import.meta.main) {
	buildLargeLibrary();
	console.log(`built a library of ${LARGE_ARTICLES} articles into ${LARGE_DIST}`);
}
