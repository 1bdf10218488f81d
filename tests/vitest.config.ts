import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each has the timeout it needs: `unit` runs on fixtures in
 * milliseconds; `content` checks the real content/ folder (the texts against
 * their captures and seeds, our prose, the names list); `fixture-builds` runs
 * whole Astro builds of fixture sites, one per error path, and takes seconds each.
 */
export default defineConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 30_000 } },
			{ extends: true, test: { name: 'fixture-builds', include: ['tests/fixture-builds/**/*.test.ts'], testTimeout: 120_000 } },
		],
	},
});
