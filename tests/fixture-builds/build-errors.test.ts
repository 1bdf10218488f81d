import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build';

/**
 * One build per path an error takes out of `astro build`: the messages
 * themselves are snapshotted in claim-graph.test.ts and article-schema.test.ts;
 * here, that each reaches the build and stops it, still naming its place.
 */
async function failure(contentDir: string): Promise<string> {
	const error = await buildSite(contentDir);
	expect(error, `${contentDir} built`).toBeDefined();
	return error?.message ?? '';
}

describe('a malformed content folder fails the build, naming the place', () => {
	it('a schema error, from the articles loader', async () => {
		expect(await failure('./tests/fixtures/sites/missing-author')).toContain(
			'tests/fixtures/sites/missing-author/articles/missing-author.md › author',
		);
	});

	it('a claim graph error, from the articles loader', async () => {
		expect(await failure('./tests/fixtures/claims/quote-not-found')).toContain(
			'tests/fixtures/claims/quote-not-found/articles/alpha-2009.md › claims › nato-refused › quote',
		);
	});

	it('an entity spelling found in no text, from the articles loader', async () => {
		expect(await failure('./tests/fixtures/sites/entity-not-found')).toContain(
			'tests/fixtures/sites/entity-not-found/entities.yaml › ivan-petrov › spellings',
		);
	});

	it('raw HTML in a body, from the Markdown plugin', async () => {
		expect(await failure('./tests/fixtures/claims/raw-html')).toContain('tests/fixtures/claims/raw-html/articles/alpha-2009.md › line');
	});

	it('a lost permalink, from the permalinks integration after the pages are written', async () => {
		expect(await failure('./tests/fixtures/sites/lost-permalink')).toContain(
			'tests/fixtures/sites/lost-permalink/permalinks.txt › /claims/alpha-2009/agreement-signed/',
		);
	});
});
