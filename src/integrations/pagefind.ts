import { readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Imported with the config, not lazily: by astro:build:done Vite's module runner is closed.
import * as pagefind from 'pagefind';
import { getClaimGraph } from '../graph';
import { SEARCH_EXCLUDED } from '../shared/search-excluded';
import { writeVocabulary } from './search-vocabulary';

/**
 * Builds the search indexes at the end of `astro build`, through Pagefind's
 * Node API: for each bundle (SEARCH_BUNDLES) createIndex → addDirectory(outDir,
 * glob) → writeFiles(outDir/folder), and always closes the Pagefind service,
 * even when a step fails.
 *
 * What gets indexed is decided in the pages and the Markdown plugins: the reading pages mark
 * their text (and the photo caption) with `data-pagefind-body`, the claim
 * pages their summary and quoted paragraph; every other page has no
 * `data-pagefind-body` and is left out; inside the text, what the Markdown
 * plugins add (paragraph numbers, claim notes) is skipped (SEARCH_EXCLUDED).
 * Each body paragraph carries an id and `data-pagefind-title`
 * (src/plugins/rehype-anchors.ts), so it comes back as a sub-result of its own.
 *
 * Pagefind records URLs relative to the output folder (`/articles/x/`); the
 * search client adds the configured base path (`baseUrl`), so the same index
 * serves from `/` or from a sub-path.
 */
export function pagefindIntegration(): { start: AstroIntegration; finish: AstroIntegration } {
	let indexing: Promise<void> | undefined;
	return {
		// Pagefind indexes in its own process: started first, it works while the steps listed between
		// `start` and `finish` write the citation files and the annotations (a third of a large build's
		// after-steps), instead of after them. It reads only the HTML pages, which no later step changes.
		start: {
			name: 'companion:pagefind',
			hooks: {
				'astro:build:done': ({ dir, logger }) => {
					indexing = buildSearchIndex(fileURLToPath(dir), logger);
					// Reported by `finish`; until then a failure must not count as unhandled.
					indexing.catch(() => undefined);
				},
			},
		},
		finish: {
			name: 'companion:pagefind-done',
			hooks: {
				'astro:build:done': async () => {
					await indexing;
				},
			},
		},
	};
}

/**
 * A Pagefind response, or an error naming the step that failed: the errors it carries, or,
 * when `complete` says the response lacks what the step is for, `incomplete`.
 */
function assertPagefindResponse<T extends { errors: readonly string[] }, U extends T = T>(
	step: string,
	response: T,
	complete: (r: T) => r is U = (_r): _r is U => true,
	incomplete = '',
): U {
	if (response.errors.length > 0) throw new Error(`Pagefind failed at ${step}:\n${response.errors.map((e) => `  - ${e}`).join('\n')}`);
	if (!complete(response)) throw new Error(`Pagefind failed at ${step}: ${incomplete}`);
	return response;
}

/** Pagefind's ready-made search interfaces and highlighter, which it writes into every bundle; the site has its own (src/scripts/search/). */
const PAGEFIND_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The two bundles. Passages are what most searches read; the claim pages are fifteen times as
 * many at scale, and in one index their page list and word entries would ride along with every
 * passage query. In a folder of their own they are fetched only when the reader asks for claims.
 */
const SEARCH_BUNDLES = [
	// The passages' words, with their counts, are also written out for "did you mean" (search-vocabulary.ts).
	{
		name: 'passages',
		glob: 'articles/*/index.html',
		groupedGlob: 'articles/*/index.html',
		folder: 'pagefind',
		unused: PAGEFIND_UI,
		vocabulary: true,
	},
	// Merged into the passages' Pagefind in the browser: its own script and WebAssembly are never fetched.
	// In a library (`plan.claimHome`, src/shared/library-plan.ts) the articles' claims pages, one fragment per article, each claim a sub-result.
	{
		name: 'claims',
		glob: 'claims/*/*/index.html',
		groupedGlob: 'articles/*/claims/index.html',
		folder: 'pagefind/claims',
		unused: /^(pagefind[\w-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/,
		vocabulary: false,
	},
] as const;

async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const grouped = getClaimGraph().plan.claimHome === 'article-section';
	try {
		// One after the other: each holds its pages in the service's memory until written.
		for (const bundle of SEARCH_BUNDLES) await buildBundle(outDir, { ...bundle, glob: grouped ? bundle.groupedGlob : bundle.glob }, logger);
	} finally {
		await pagefind.close();
	}
}

async function buildBundle(
	outDir: string,
	{ name, glob, folder, unused, vocabulary }: Omit<(typeof SEARCH_BUNDLES)[number], 'glob'> & { glob: string },
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const bundle = join(outDir, folder);
	const { index } = assertPagefindResponse(
		`createIndex (${name})`,
		await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED }),
		(r): r is typeof r & { index: pagefind.PagefindIndex } => r.index !== undefined,
		'no index was returned',
	);
	const added = assertPagefindResponse(
		`addDirectory(${outDir}, ${glob})`,
		await index.addDirectory({ path: outDir, glob }),
		(r): r is typeof r => r.page_count > 0,
		`it found no ${name} pages there`,
	);
	assertPagefindResponse(`writeFiles(${bundle})`, await index.writeFiles({ outputPath: bundle }));
	// Not deployed what no page fetches: a third of the real site's dist was Pagefind files never read.
	for (const file of await readdir(bundle)) if (unused.test(file)) await rm(join(bundle, file));

	const nested = SEARCH_BUNDLES.map((b) => b.folder).filter((f) => f.startsWith(`${folder}/`));
	const { files, bytes } = await folderSize(bundle, nested);
	// One fragment per indexed page: the pages with data-pagefind-body, out of every page read.
	const indexed = (await readdir(join(bundle, 'fragment'))).length;
	if (vocabulary) {
		const written = await writeVocabulary(outDir, bundle);
		logger.info(
			`${name}: vocabulary of ${written.words} words into ${relative(process.cwd(), written.folder)}/ (largest part ${(written.largest / 1024).toFixed(1)} KiB)`,
		);
	}
	const ms = Math.round(performance.now() - started);
	logger.info(
		`${name}: indexed ${indexed} of ${added.page_count} pages into ${relative(process.cwd(), bundle) || bundle}/ ` +
			`(${files} files, ${(bytes / 1024).toFixed(1)} KiB) in ${ms} ms`,
	);
}

/** Files and bytes under `dir`, leaving out the other bundles nested in it. */
async function folderSize(dir: string, nested: string[]): Promise<{ files: number; bytes: number }> {
	let files = 0;
	let bytes = 0;
	const root = dirname(dir);
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = relative(root, join(entry.parentPath, entry.name));
		if (nested.some((n) => path.startsWith(`${n}/`))) continue;
		files += 1;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return { files, bytes };
}
