import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/integrations/permalinks';
import { movedTo } from '../../src/shared/moved';
import { graph } from './content';
import { DIST, fileFor } from './site';

describe('moved permalinks', () => {
	const manifest = readManifest(join(import.meta.dirname, '..', '..', 'content', 'permalinks.txt'));
	const rules = readFileSync(join(DIST, '_redirects'), 'utf8')
		.split('\n')
		.filter((l) => l !== '' && !l.startsWith('#'))
		.map((l) => l.split(' '));

	it('each recorded permalink with no file is answered by a _redirects rule to a file that exists', () => {
		const missing = manifest.filter((u) => !u.includes('#') && !fileFor(u));
		expect(missing.length).toBeGreaterThan(0);
		const to = new Map(rules.map(([from, target]) => [from, target]));
		for (const url of missing) {
			expect(to.get(url), url).toBe(movedTo(url, graph.plan));
			expect(fileFor(to.get(url) ?? ''), url).toBeDefined();
		}
	});

	it('every citation download of an article holds the article and each of its claims', () => {
		const bib = readFileSync(join(DIST, 'cite', 'blank-2010.bib'), 'utf8');
		const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
		expect(keys[0]).toBe('blank-2010');
		const claims = manifest.filter((u) => /^\/claims\/blank-2010\/[^/#]+\/$/.test(u)).map((u) => u.split('/').slice(2, 4).join('/'));
		expect(keys.slice(1).sort()).toEqual(claims.sort());
	});
});
