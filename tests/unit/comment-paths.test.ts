import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentedFiles, stalePaths } from '../lint/comment-paths';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'comment-paths');
const ROOT = join(import.meta.dirname, '..', '..');

describe('the check that files named in comments exist', () => {
	it('names each missing file with where the comment is, and nothing that exists or sits outside a comment', () => {
		expect(stalePaths(FIXTURE, ['src/here.ts'])).toEqual([
			{ file: 'src/here.ts', line: 2, path: 'src/gone/away.ts' },
			{ file: 'src/here.ts', line: 5, path: 'tests/unit/missing.test.ts' },
		]);
	});

	it('reads the code of the project but not its made-up fixtures', () => {
		const files = commentedFiles(ROOT);
		expect(files).toContain('src/shared/urls.ts');
		expect(files).toContain('astro.config.ts');
		expect(files.some((f) => f.startsWith('tests/fixtures/'))).toBe(false);
	});
});
