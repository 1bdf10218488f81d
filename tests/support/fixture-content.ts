import { join } from 'node:path';
import { readContentGraph } from '../../src/loaders/read-content';
import { ROOT } from './capture';

/**
 * The made-up site the unit tests run on (tests/fixtures/content/README.md):
 * the real content/ changes, and a unit test should fail only when the code does.
 */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'content');

export function fixtureGraph() {
	return readContentGraph(FIXTURE_CONTENT, ROOT);
}
