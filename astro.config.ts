import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { getClaimGraph } from './src/graph';
import { annotationsIntegration } from './src/integrations/annotations';
import { permalinksIntegration } from './src/integrations/permalinks';
import { makeUrls } from './src/lib/urls';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from './src/plugins';

const base = process.env.BASE_PATH ?? '/';

// SITE and BASE_PATH let one build serve from any host or sub-path; the
// test suite points CONTENT_DIR, OUT_DIR and CACHE_DIR at fixture sites.
export default defineConfig({
	site: process.env.SITE ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: remarkPlugins(),
			rehypePlugins: rehypePlugins({ claims: { graph: () => getClaimGraph(), urls: makeUrls(base) } }),
			...faithfulMarkdown,
		}),
	},
	integrations: [annotationsIntegration(), permalinksIntegration()],
	build: { format: 'directory' },
	// A meta CSP on every page: Astro hashes the inline scripts and styles it
	// emits, so nothing inline runs without a hash; Pagefind's WebAssembly needs
	// 'wasm-unsafe-eval'. public/_headers repeats it for hosts that send headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	devToolbar: { enabled: false },
	prefetch: false,
});
