import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { getClaimGraph } from './src/graph';
import { annotationsIntegration } from './src/integrations/annotations';
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
	integrations: [annotationsIntegration()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	prefetch: false,
});
