import { describe, expect, it } from 'vitest';
import { readRedirectMap, redirectsFile } from '../../src/integrations/permalinks';
import { movedTo } from '../../src/shared/moved';

describe('paths the site moved (src/shared/moved.ts)', () => {
	it('forwards a claim’s citation download to its article’s claims file, keeping the format', () => {
		expect(movedTo('/cite/alpha-2009/first-claim.bib', { claimHome: 'own-page' })).toBe('/cite/alpha-2009.claims.bib');
		expect(movedTo('/cite/alpha-2009/first-claim.ris', { claimHome: 'own-page' })).toBe('/cite/alpha-2009.claims.ris');
		expect(movedTo('/cite/alpha-2009/first-claim.json', { claimHome: 'own-page' })).toBe('/cite/alpha-2009.claims.json');
	});

	it('leaves every other path alone', () => {
		for (const path of [
			'/cite/alpha-2009.bib',
			'/cite/alpha-2009.claims.bib',
			'/cite/alpha-2009/first-claim.txt',
			'/claims/alpha-2009/first-claim/',
			'/cite/a/b/c.bib',
		]) {
			expect(movedTo(path, { claimHome: 'own-page' }), path).toBeUndefined();
		}
	});
});

describe('_redirects', () => {
	it('lists the editors’ renames and each moved permalink under the base path, one 301 a line', () => {
		const text = redirectsFile('/companion/', readRedirectMap('tests/fixtures/redirects/valid'), [
			{ from: '/cite/alpha-2009/first-claim.bib', to: '/cite/alpha-2009.bib' },
		]);
		const rules = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
		expect(rules).toContain('/companion/cite/alpha-2009/first-claim.bib /companion/cite/alpha-2009.bib 301');
		expect(rules).toHaveLength(3);
		for (const rule of rules) expect(rule).toMatch(/^\/companion\/\S+ \/companion\/\S+ 301$/);
	});
});
