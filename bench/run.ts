/**
 * `npm run bench`: builds the site, measures its pages, search and build,
 * then the build at 10, 100 and 1,000 synthetic articles, and checks the
 * numbers against bench/budgets.ts. Writes bench/results.md and
 * bench/results.json; exits 1 when a budget is broken. Options: see options.ts.
 *
 * Builds go to bench/.tmp/builds/ (removed afterwards unless --keep), never
 * to dist/, which other work on the same machine may be using; the synthetic
 * corpora are written to os.tmpdir(). Logs and profiles stay in bench/.tmp/.
 *
 * Why not build into os.tmpdir() too: when outDir is outside the working
 * directory, Astro renders from <cwd>/.astro/.prerender/ instead of
 * <outDir>/.prerender/ and deletes it when done (getOutDirWithinCwd in
 * astro/dist/core/build/common.js), so two such builds at once, ours and
 * anyone else's, delete each other's bundle and fail.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets.ts';
import { failureOf, runBuild } from './build-time.ts';
import { checkBudgets } from './check-budgets.ts';
import { playwrightLaunch } from '../tests/support/chromium.ts';
import { dirSize } from './dir-size.ts';
import { startLighthouse } from './lighthouse-scores.ts';
import { monitorLoad } from './load-monitor.ts';
import { machine } from './machine.ts';
import { deriveNotes } from './notes.ts';
import { parseOptions } from './options.ts';
import { measureOfflinePrecache } from './offline-precache.ts';
import { measurePageWeight } from './page-weight.ts';
import { PAGE_TYPES, READING_PAGE, SEARCH_PATH } from './pages.ts';
import { renderMarkdown } from './report-markdown.ts';
import type { PageResult, Results } from './results.ts';
import { runScale } from './scale.ts';
import { scriptsBeforeInput } from './scripts-before-input.ts';
import { pickQueries } from './search-queries.ts';
import { measureSearch } from './search-latency.ts';
import { measureSuggestions } from './search-suggest-latency.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const LOGS = join(import.meta.dirname, '.tmp', 'logs');
const BUILDS = join(import.meta.dirname, '.tmp', 'builds');

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Below this line bench/results.md holds notes written by hand (what the figures mean, the history); a run keeps them. */
const NOTES_MARK = '<!-- Notes written by hand: npm run bench keeps what follows. -->';

function handNotes(): string {
	const path = join(import.meta.dirname, 'results.md');
	const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const at = old.indexOf(NOTES_MARK);
	return at === -1 ? `\n${NOTES_MARK}\n` : `\n${old.slice(at)}`;
}

/** Writes both result files and prints the budgets; the exit code says whether one is broken. */
function report(partial: Omit<Results, 'budgets'>): number {
	const results: Results = { ...partial, budgets: checkBudgets(partial) };
	writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	writeFileSync(join(import.meta.dirname, 'results.md'), renderMarkdown(results) + handNotes());
	console.log('\nBudgets:');
	for (const b of results.budgets)
		console.log(
			`  ${b.status === 'pass' ? 'pass' : b.status === 'fail' ? 'FAIL' : 'n/m '}  ${b.name}: ${b.actual} (limit ${b.limit})${b.note ? ` — ${b.note}` : ''}`,
		);
	console.log('\nWrote bench/results.md and bench/results.json');
	const broken = results.budgets.filter((b) => b.status === 'fail');
	if (broken.length) console.log(`\n${broken.length} budget(s) broken: ${broken.map((b) => b.name).join('; ')}`);
	return broken.length ? 1 : 0;
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	if (options.reportOnly) {
		const { budgets: _old, ...last } = JSON.parse(readFileSync(join(import.meta.dirname, 'results.json'), 'utf8')) as Results;
		return report({ ...last, notes: deriveNotes(last.load, last.scale) });
	}
	const load = monitorLoad();
	const notes: string[] = [];
	mkdirSync(LOGS, { recursive: true });

	// The server starts first so the build can put its origin in canonical URLs (Lighthouse checks them).
	const SITE_DIR = join(BUILDS, 'site');
	rmSync(SITE_DIR, { recursive: true, force: true });
	const server = await startStaticServer(join(SITE_DIR, 'dist'));
	try {
		log(`building the site (npm run build → ${SITE_DIR}/dist)…`);
		const build = await runBuild({
			cwd: ROOT,
			logFile: join(LOGS, 'build-site.log'),
			env: { OUT_DIR: join(SITE_DIR, 'dist'), CACHE_DIR: join(SITE_DIR, 'cache'), SITE: server.origin },
		});
		log(`site built in ${build.wallSeconds} s${build.ok ? '' : ` — FAILED (exit ${build.exitCode}), see ${build.logFile}`}`);
		if (!build.ok) {
			console.error(build.tail);
			return 2;
		}
		const dist = dirSize(join(SITE_DIR, 'dist'));
		const pagefind = dirSize(join(SITE_DIR, 'dist', 'pagefind'));
		const site: Results['site'] = { build };
		if (dist) Object.assign(site, { distBytes: dist.bytes, distFiles: dist.files });
		if (pagefind) Object.assign(site, { pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files });

		const browser = await chromium.launch(playwrightLaunch);
		const pages: PageResult[] = [];
		let readingScripts: Results['readingScripts'];
		let offline: Results['offline'];
		let search: Results['search'];
		let suggest: Results['suggest'];
		try {
			for (const type of PAGE_TYPES) {
				const weight = await measurePageWeight(browser, server.origin + type.path);
				const missing = weight.status === 404;
				pages.push({ ...type, status: missing ? 'missing' : 'ok', httpStatus: weight.status, ...(missing ? {} : { weight }) });
				log(
					`${type.key}: ${missing ? `missing (HTTP ${weight.status})` : `${(weight.transferBytes / 1024).toFixed(1)} KiB in ${weight.requests} requests`}`,
				);
			}
			const reading = PAGE_TYPES.find((p) => p.key === READING_PAGE);
			if (reading) readingScripts = await scriptsBeforeInput(browser, server.origin + reading.path);
			log(`reading page: ${readingScripts?.count ?? '?'} scripts ran before interaction`);
			offline = await measureOfflinePrecache(browser, `${server.origin}/`);
			log(
				`offline: ${offline.status === 'ok' ? `${((offline.transferBytes ?? 0) / 1024).toFixed(1)} KiB in ${offline.requests} requests in the background` : offline.reason}`,
			);
			search = await measureSearch(browser, server.origin, SEARCH_PATH, pickQueries(join(ROOT, 'content'), 24));
			log(
				`search: ${search.status}${search.warmMs ? `, cold ${search.coldMs?.median} ms, warm ${search.warmMs.median} ms, first query ${search.firstQueryBytes} B` : search.reason ? ` (${search.reason})` : ''}`,
			);
			if (search.status === 'ok') {
				suggest = await measureSuggestions(browser, server.origin, SEARCH_PATH, pickQueries(join(ROOT, 'content'), 24));
				log(
					`did you mean: ${suggest.status}${suggest.warmMs ? `, warm ${suggest.warmMs.median} ms, vocabulary ≤ ${suggest.vocabularyBytes?.max} B` : ''}`,
				);
			}
		} finally {
			await browser.close();
		}
		if (site.pagefindBytes === undefined && search.status !== 'missing') {
			notes.push(
				`The search page exists but the build wrote no pagefind/ folder into OUT_DIR (${SITE_DIR}/dist): does the build script index a fixed dist/ instead of OUT_DIR?`,
			);
		}

		if (!options.skipLighthouse) {
			log('Lighthouse (mobile)…');
			const lighthouse = await startLighthouse();
			try {
				for (const page of pages.filter((p) => p.status === 'ok')) {
					try {
						page.lighthouse = await lighthouse.audit(server.origin + page.path);
						log(`lighthouse ${page.key}: ${Object.values(page.lighthouse.scores).join(' / ')}`);
					} catch (error) {
						page.lighthouseError = String(error instanceof Error ? error.message : error);
						log(`lighthouse ${page.key}: error ${page.lighthouseError}`);
					}
				}
			} finally {
				await lighthouse.close();
			}
		}

		let scale: Results['scale'];
		const previous = join(import.meta.dirname, 'results.json');
		if (options.reuseScale && existsSync(previous)) {
			const last = JSON.parse(readFileSync(previous, 'utf8')) as Results;
			if (last.scale) scale = { ...last.scale, measuredAt: last.scale.measuredAt ?? last.date };
			// Results written before builds recorded why they failed: read it from the kept output.
			for (const c of scale?.corpora ?? []) {
				const reason = !c.build.ok && !c.build.failure && c.build.tail ? failureOf(c.build.tail.split('\n')) : undefined;
				if (reason) c.build.failure = reason;
			}
			log(`scale: reused from ${previous} (measured ${scale?.measuredAt ?? 'never'})`);
		} else if (!options.skipScale) {
			const sizes = options.quick ? [10, 100] : [10, 100, BUDGETS.largeCorpusArticles];
			scale = {
				measuredAt: new Date().toISOString(),
				...(await runScale({
					sizes,
					root: ROOT,
					server,
					logDir: LOGS,
					buildDir: BUILDS,
					profile: options.profile ? 'always' : 'auto',
					keep: options.keep,
					log,
				})),
			};
		}

		const loadSummary = load.stop();
		notes.push(...deriveNotes(loadSummary, scale));

		const partial: Omit<Results, 'budgets'> = {
			date: new Date().toISOString(),
			machine: machine(),
			options: {
				quick: options.quick,
				skipLighthouse: options.skipLighthouse,
				skipScale: options.skipScale,
				reuseScale: options.reuseScale,
			},
			load: loadSummary,
			compression: `brotli (quality 11, as if precompressed at deploy) for text when the client accepts it, else gzip (level 9); images, fonts and Pagefind's own gzipped index files as they are (responses this run: ${server.encodings.br} brotli, ${server.encodings.gzip} gzip, ${server.encodings.identity} uncompressed)`,
			site,
			pages,
			...(readingScripts ? { readingScripts } : {}),
			...(offline ? { offline } : {}),
			search,
			...(suggest ? { suggest } : {}),
			...(scale ? { scale } : {}),
			notes,
		};
		return report(partial);
	} finally {
		await server.close();
		if (!options.keep) rmSync(SITE_DIR, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(2);
	},
);
