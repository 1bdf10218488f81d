import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicUrls, readManifest } from '../../src/integrations/permalinks';
import { graph, readingPaths, urls } from './content';
import { DIST } from './site';

describe('the permalink manifest', () => {
	const manifest = new Set(readManifest(join(import.meta.dirname, '..', '..', 'content', 'permalinks.txt')));
	const current = publicUrls(DIST);

	it('records every public URL of the build (run UPDATE_PERMALINKS=1 npm run build after adding pages or claims)', () => {
		expect(current.filter((u) => !manifest.has(u))).toEqual([]);
	});

	it('covers pages, claim pages, and claim and paragraph anchors', () => {
		for (const path of readingPaths) {
			expect(current).toContain(path);
			expect(current).toContain(`${path}#p-1`);
		}
		expect(graph.claims.length).toBeGreaterThan(0);
		for (const claim of graph.claims) {
			expect(current).toContain(urls.claimMark(claim.ref));
			expect(current).toContain(urls.claimPage(claim.ref));
		}
		expect(current).toContain('/claims.json');
	});
});
