import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/: `npm test` runs them after `npm run build`. */
export default defineConfig({
	test: {
		include: ['tests/built-site/**/*.test.ts'],
		testTimeout: 300_000,
		// The link crawl runs in a beforeAll hook, and takes longer than the default 10 s with every entity page's links.
		hookTimeout: 300_000,
	},
});
