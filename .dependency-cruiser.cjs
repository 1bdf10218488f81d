/**
 * The house rules: which folder of src/ may import which. Each stage of the
 * pipeline imports only the stages beneath it, so a folder can be read, tested
 * and replaced without the ones above it:
 *
 *   shared   ids, URLs, errors, search exclusions, name folding: no imports, browser-safe
 *   schemas  what content may say                      → shared
 *   graph    the claim graph, entity index, chronology → schemas, shared
 *            and the build state that holds them
 *   cite     CSL items and formats                     → schemas, shared
 *   loaders  the one reader of content/                → graph, schemas, shared
 *   plugins  Markdown and HTML transforms              → graph, schemas, shared
 *   exports  what the build emits as data (claims.json, entities, AIF, Argdown, annotations, citation files, XML)
 *                                                      → graph, cite, schemas, shared
 *   epub     the EPUB edition of each text             → plugins, graph, cite, schemas, shared
 *   site     the pages' view models                    → exports, loaders, graph, cite, schemas, shared
 *   offline  the service worker and web app manifest   → shared
 *   build    build machinery: social images, the CSP, the inline boot script, dates from git
 *                                                      → site, exports, loaders, graph, cite, schemas, shared
 *   scripts  the browser's enhancements                → shared
 *            in feature folders (search, notes, claims, reading) over common/ (the boot
 *            script, the contract with what it loads, DOM helpers); a bundle's entry
 *            is named *.entry.ts and imported by no other script
 *   pages, components, layouts, integrations: the top, may use any of the above
 *
 * `npm run lint` fails on an import against these rules and on any circle.
 */
const below = {
	shared: [],
	schemas: ['shared'],
	graph: ['schemas', 'shared'],
	cite: ['schemas', 'shared'],
	loaders: ['graph', 'schemas', 'shared'],
	plugins: ['graph', 'schemas', 'shared'],
	exports: ['graph', 'cite', 'schemas', 'shared'],
	epub: ['plugins', 'graph', 'cite', 'schemas', 'shared'],
	site: ['exports', 'loaders', 'graph', 'cite', 'schemas', 'shared'],
	offline: ['shared'],
	build: ['site', 'exports', 'loaders', 'graph', 'cite', 'schemas', 'shared'],
	scripts: ['shared'],
};
const folders = [
	'shared',
	'schemas',
	'graph',
	'cite',
	'loaders',
	'plugins',
	'exports',
	'epub',
	'site',
	'offline',
	'build',
	'scripts',
	'integrations',
	'components',
	'layouts',
	'pages',
	'styles',
];

module.exports = {
	forbidden: [
		...Object.entries(below).map(([layer, allowed]) => ({
			name: `${layer}-imports-only-below`,
			comment: `src/${layer} may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (see the drawing at the top of .dependency-cruiser.cjs)`,
			severity: 'error',
			from: { path: `^src/${layer}/` },
			to: { path: `^src/(${folders.filter((f) => f !== layer && !allowed.includes(f)).join('|')})/` },
		})),
		{
			name: 'scripts-are-browser-code',
			comment: 'src/scripts runs in the browser: no Node built-ins',
			severity: 'error',
			from: { path: '^src/scripts/' },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'scripts-entries-stand-alone',
			comment:
				'a *.entry.ts file is a bundle of its own (a <script> or a `?worker&url`): another script imports what it needs, not the entry',
			severity: 'error',
			from: { path: '^src/scripts/' },
			to: { path: '^src/scripts/.+\\.entry\\.ts$' },
		},
		{
			name: 'scripts-common-is-beneath-the-features',
			comment: 'src/scripts/common is what every feature uses: it imports no feature folder',
			severity: 'error',
			from: { path: '^src/scripts/common/' },
			to: { path: '^src/scripts/(?!common/)' },
		},
		{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
		{
			name: 'no-unresolvable',
			comment: 'an import that names no file',
			severity: 'error',
			from: {},
			to: { couldNotResolve: true, pathNot: '^(astro:|virtual:)' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(dist|node_modules|\\.astro)/' },
		tsConfig: { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		extraExtensionsToScan: ['.astro'],
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.mjs', '.d.ts'],
			exportsFields: ['exports'],
			conditionNames: ['import', 'types', 'node', 'default'],
		},
	},
};
