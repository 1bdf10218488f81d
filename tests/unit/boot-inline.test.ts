import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineBoot } from '../../src/build/boot-inline';

describe('inlineBoot', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('reads the script from an absolute OUT_DIR (the bench builds outside dist/), under a base path', () => {
		const out = mkdtempSync(join(tmpdir(), 'boot-'));
		try {
			mkdirSync(join(out, '_astro'));
			writeFileSync(join(out, '_astro', 'boot-x.js'), 'document.documentElement.dataset.js="";');
			vi.stubEnv('PROD', true);
			vi.stubEnv('OUT_DIR', out);
			const boot = inlineBoot('/companion/_astro/boot-x.js', '/companion/');
			expect(boot?.code).toBe('document.documentElement.dataset.js="";');
			// The script's SHA-256, worked out apart from the code under test (openssl dgst -sha256 -binary | base64).
			expect(boot?.source).toBe("'sha256-DoldKJ7Fi2j1pmGbG9tH/AoiizGR9eOt1ZcQG0T6RbQ='");
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	it('names the path it looked at when the script is missing', () => {
		vi.stubEnv('PROD', true);
		vi.stubEnv('OUT_DIR', '/nowhere/dist');
		expect(() => inlineBoot('/_astro/boot-y.js', '/')).toThrow('the boot script is not at /nowhere/dist/_astro/boot-y.js');
	});
});
