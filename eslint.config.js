import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One lint configuration for the .ts, .mjs and .astro files. Formatting is
 * Prettier's (.prettierrc.json); which folder may import which is
 * dependency-cruiser's (.dependency-cruiser.cjs). `npm run lint` runs all three.
 */
export default tseslint.config(
	{
		ignores: [
			'dist/',
			'node_modules/',
			'.astro/',
			'tests/fixtures/**/dist/',
			'test-results/',
			'playwright-report/',
			'tests/.tmp/',
			'bench/.tmp/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// An unused name is a leftover; a leading underscore says it is unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Type-only imports stay visibly type-only (the tsconfig sets verbatimModuleSyntax).
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
	{
		// A file past this holds more than one thing: split it by what it holds.
		files: ['src/**', 'tests/**', 'bench/**'],
		rules: { 'max-lines': ['error', { max: 300 }] },
	},
);
