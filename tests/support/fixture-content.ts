import { join } from 'node:path';
import type { BuildState } from '../../src/graph';
import { readContentGraph } from '../../src/loaders/read-content';
import { readChronology, readEntityIndex } from '../../src/loaders/read-entities';
import { ROOT } from './capture';

/**
 * The made-up site the unit tests run on (tests/fixtures/content/README.md):
 * the real content/ changes, and a unit test should fail only when the code does.
 */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'content');

export function fixtureGraph() {
	return readContentGraph(FIXTURE_CONTENT, ROOT);
}

/** What the articles loader leaves for the pages when it reads the fixture site: its graph, entity index and chronology. */
export function fixtureBuildState(): BuildState {
	const graph = fixtureGraph();
	const entities = readEntityIndex(FIXTURE_CONTENT, ROOT, graph);
	return { graph, entities, chronology: readChronology(FIXTURE_CONTENT, ROOT, graph, entities) };
}
