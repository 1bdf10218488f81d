import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { getClaimGraph } from './src/graph';
import { annotationsIntegration } from './src/integrations/annotations';
import { citationDownloadsIntegration } from './src/integrations/citation-downloads';
import { epubEditionsIntegration } from './src/integrations/epub-editions';
import { headersIntegration } from './src/integrations/headers';
import { offlineIntegration } from './src/integrations/offline';
import { pagefindIntegration } from './src/integrations/pagefind';
import { permalinksIntegration } from './src/integrations/permalinks';
import { siteUrlIntegration } from './src/integrations/site-url';
import { sitemapIntegration } from './src/integrations/sitemap';
import { siteFromEnv } from './src/shared/site-url';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from './src/plugins';

const base = process.env.BASE_PATH ?? '/';
// Without SITE, absolute URLs name the local preview, and the build says so (src/integrations/site-url.ts).
const { site, configured } = siteFromEnv();
const searchIndex = pagefindIntegration();
/**
 * A bundle loaded by URL (`?worker&url`: the boot script and what it loads) is
 * named for its feature and entry, src/scripts/search/dropdown.entry.ts →
 * _astro/search-dropdown-<hash>.js, so a request says what it is; common/'s by
 * its entry alone (boot-<hash>.js, which src/integrations/headers.ts looks for).
 */
function bundleName({ facadeModuleId }: { facadeModuleId: string | null }): string {
	const [, folder, entry] = facadeModuleId?.match(/src\/scripts\/(\w+)\/([\w-]+)\.entry\.ts$/) ?? [];
	return `_astro/${!entry ? '[name]' : folder === 'common' ? entry : `${folder}-${entry}`}-[hash].js`;
}

// SITE and BASE_PATH let one build serve from any host or sub-path; the
// test suite points CONTENT_DIR, OUT_DIR and CACHE_DIR at fixture sites.
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: remarkPlugins(),
			rehypePlugins: rehypePlugins({
				claims: { graph: () => getClaimGraph(), base },
			}),
			...faithfulMarkdown,
		}),
	},
	integrations: [
		siteUrlIntegration(configured),
		searchIndex.start,
		headersIntegration(),
		citationDownloadsIntegration(),
		epubEditionsIntegration(),
		annotationsIntegration(),
		sitemapIntegration(),
		permalinksIntegration(),
		searchIndex.finish,
		// Last: the service worker precaches what every other step wrote.
		offlineIntegration(),
	],
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4) },
	// No inline <script> or <style> but the boot script (src/build/boot-inline.ts,
	// allowed by its hash): every other script and stylesheet is a file.
	vite: { build: { assetsInlineLimit: 0 }, worker: { rolldownOptions: { output: { entryFileNames: bundleName } } } },
	// The CSP is a <meta> tag of our own (src/build/csp.ts), not Astro's security.csp.
	devToolbar: { enabled: false },
	prefetch: false,
});
