import { describe } from 'vitest';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { ROOT } from '../support/capture';
import { checkFragmentsOf } from '../support/fragment-checks';

// The real texts decide whether a fragment is unique: a new claim can make
// one ambiguous without any code changing, so this is a check of the content.
const content = contentDir(ROOT);
const graph = readContentGraph(content, ROOT);

describe('text fragments of the real claims', () => checkFragmentsOf(graph, content));
