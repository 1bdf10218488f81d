import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicUrls, readManifest } from '../../src/integrations/permalinks';
import { DIST } from './site';

describe('the permalink manifest', () => {
	const manifest = new Set(readManifest(join(import.meta.dirname, '..', '..', 'content', 'permalinks.txt')));
	const current = publicUrls(DIST);

	it('records every public URL of the build (run UPDATE_PERMALINKS=1 npm run build after adding pages or claims)', () => {
		expect(current.filter((u) => !manifest.has(u))).toEqual([]);
	});

	it('covers pages, claim pages, and claim and paragraph anchors', () => {
		expect(current).toContain('/articles/mcdermott-2009/#p-1');
		expect(current).toContain('/articles/blank-2010/#claim-forces-beyond-borders');
		expect(current).toContain('/claims/blank-2010/forces-beyond-borders/');
		expect(current).toContain('/claims.json');
	});
});
