import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from './src/plugins';

// SITE and BASE_PATH let one build serve from any host or sub-path.
export default defineConfig({
	site: process.env.SITE ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: [...remarkPlugins()],
			rehypePlugins: [...rehypePlugins()],
			...faithfulMarkdown,
		}),
	},
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	prefetch: false,
});
