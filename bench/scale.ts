/**
 * The build at 10, 100 and 1,000 synthetic articles: time, output size,
 * Pagefind index, search cost, and how each grows. Each corpus is written to
 * its own folder under os.tmpdir() and built into `buildDir` (inside the
 * project: see run.ts for why builds must not go to os.tmpdir()).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets.ts';
import { runBuild } from './build-time.ts';
import { playwrightLaunch } from '../tests/support/chromium.ts';
import { largestProfile, summariseProfile } from './cpu-profile.ts';
import { dirSize } from './dir-size.ts';
import { generateCorpus, type CorpusSummary } from './generate-corpus.ts';
import { growth } from './growth.ts';
import { SEARCH_PATH } from './pages.ts';
import type { CorpusResult, Results } from './results.ts';
import { pickQueries } from './search-queries.ts';
import { measureSearch } from './search-latency.ts';
import { measureSuggestions } from './search-suggest-latency.ts';
import type { StaticServer } from './static-server.ts';

export interface ScaleOptions {
	sizes: number[];
	root: string;
	server: StaticServer;
	logDir: string;
	/** Where each corpus is built (dist and cache), one folder per size. */
	buildDir: string;
	/** Profile a build: 'auto' does it only when the large build breaks its budget. */
	profile: 'auto' | 'always';
	keep: boolean;
	log: (line: string) => void;
}

/** Profiling the largest build again would double an already long run; a build longer than this profiles the next size down. */
const MAX_PROFILED_SECONDS = 420;

export async function runScale(o: ScaleOptions): Promise<NonNullable<Results['scale']>> {
	const corpora: CorpusResult[] = [];
	const made: CorpusSummary[] = [];
	const outOf = (size: number) => join(o.buildDir, `corpus-${size}`);
	try {
		for (const size of o.sizes) {
			const corpus = generateCorpus({ articles: size });
			made.push(corpus);
			o.log(
				`scale: ${size} articles (${corpus.claims} claims, ${corpus.relations} relations, ${corpus.words} words) in ${corpus.dir}; building…`,
			);
			const out = outOf(size);
			rmSync(out, { recursive: true, force: true });
			const build = await runBuild({
				cwd: o.root,
				logFile: join(o.logDir, `build-${size}.log`),
				env: { CONTENT_DIR: corpus.dir, OUT_DIR: join(out, 'dist'), CACHE_DIR: join(out, 'cache'), SITE: o.server.origin },
			});
			o.log(`scale: ${size} articles built in ${build.wallSeconds} s (${build.ok ? 'ok' : `failed, exit ${build.exitCode}`})`);
			const result: CorpusResult = { articles: size, claims: corpus.claims, relations: corpus.relations, words: corpus.words, build };
			const dist = dirSize(join(out, 'dist'));
			const pagefind = dirSize(join(out, 'dist', 'pagefind'));
			if (dist)
				Object.assign(result, {
					distBytes: dist.bytes,
					distFiles: dist.files,
					...(dist.largestHtml ? { largestHtml: dist.largestHtml } : {}),
					...(dist.largestFile ? { largestFile: dist.largestFile } : {}),
				});
			if (pagefind) Object.assign(result, { pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files });
			if (build.ok) {
				o.server.setRoot(join(out, 'dist'));
				const browser = await chromium.launch(playwrightLaunch);
				try {
					result.search = await measureSearch(browser, o.server.origin, SEARCH_PATH, pickQueries(corpus.dir, 20));
					if (result.search.status === 'ok')
						result.suggest = await measureSuggestions(browser, o.server.origin, SEARCH_PATH, pickQueries(corpus.dir, 20));
				} finally {
					await browser.close();
				}
				o.log(
					`scale: ${size} articles search: ${result.search.status}${result.search.warmMs ? `, warm ${result.search.warmMs.median} ms` : ''}`,
				);
			}
			corpora.push(result);
			// The largest builds are large on disk; nothing reads them again unless asked to keep them.
			if (!o.keep) rmSync(out, { recursive: true, force: true });
			if (!build.ok) break;
		}

		const ok = corpora.filter((c) => c.build.ok);
		const scale: NonNullable<Results['scale']> = { corpora };
		if (ok.length >= 2) {
			scale.buildGrowth = growth(ok.map((c) => ({ articles: c.articles, value: c.build.wallSeconds })));
			if (ok.every((c) => c.distBytes !== undefined))
				scale.distGrowth = growth(ok.map((c) => ({ articles: c.articles, value: c.distBytes ?? 0 })));
			if (ok.every((c) => c.pagefindBytes !== undefined))
				scale.pagefindGrowth = growth(ok.map((c) => ({ articles: c.articles, value: c.pagefindBytes ?? 0 })));
		}

		const large = ok.find((c) => c.articles === BUDGETS.largeCorpusArticles);
		const overBudget = corpora.some(
			(c) => c.articles === BUDGETS.largeCorpusArticles && (!c.build.ok || c.build.wallSeconds > BUDGETS.largeBuildSeconds),
		);
		if (o.profile === 'always' || overBudget) {
			// The largest corpus that builds in reasonable time: a profile of it shows what the big one spends time on.
			const target = [...ok].reverse().find((c) => c.build.wallSeconds <= MAX_PROFILED_SECONDS) ?? ok[0];
			const corpus = made.find((m) => m.articles === target?.articles);
			if (target && corpus) {
				const profDir = join(o.logDir, `cpu-profile-${target.articles}`);
				rmSync(profDir, { recursive: true, force: true });
				mkdirSync(profDir, { recursive: true });
				o.log(
					`scale: profiling the ${target.articles}-article build${large ? ` (the ${large.articles}-article build took ${large.build.wallSeconds} s)` : ''}…`,
				);
				const run = await runBuild({
					cwd: o.root,
					logFile: join(o.logDir, `build-${target.articles}-profiled.log`),
					command: [
						process.execPath,
						'--cpu-prof',
						`--cpu-prof-dir=${profDir}`,
						join(o.root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
						'build',
					],
					env: {
						CONTENT_DIR: corpus.dir,
						OUT_DIR: join(outOf(target.articles), 'dist'),
						CACHE_DIR: join(outOf(target.articles), 'cache'),
						SITE: o.server.origin,
					},
				});
				if (!o.keep) rmSync(outOf(target.articles), { recursive: true, force: true });
				const file = largestProfile(profDir);
				if (run.ok && file) scale.profile = { ...summariseProfile(file, o.root), corpus: target.articles, wallSeconds: run.wallSeconds };
			}
		}
		return scale;
	} finally {
		if (!o.keep) for (const m of made) rmSync(m.dir, { recursive: true, force: true });
	}
}
