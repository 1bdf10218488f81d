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

	it('an article’s download holds the article once; its claims file holds each of its claims, where old per-claim paths now lead', () => {
		const keysOf = (file: string) => [...readFileSync(join(DIST, 'cite', file), 'utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
		expect(keysOf('blank-2010.bib')).toEqual(['blank-2010']);
		const claims = manifest.filter((u) => /^\/claims\/blank-2010\/[^/#]+\/$/.test(u)).map((u) => u.split('/').slice(2, 4).join('/'));
		expect(claims.length).toBeGreaterThan(0);
		expect(keysOf('blank-2010.claims.bib').sort()).toEqual(claims.sort());
		expect(movedTo('/cite/blank-2010/ban-snookered.bib', { claimHome: 'own-page' })).toBe('/cite/blank-2010.claims.bib');
	});
});
