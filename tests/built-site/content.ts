import { join } from 'node:path';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { makeUrls } from '../../src/shared/urls';

/**
 * The content the build was made from, so the checks of dist/ take their
 * expected pages, claims and anchors from it rather than from today's texts.
 */
const ROOT = join(import.meta.dirname, '..', '..');
export const graph = readContentGraph(contentDir(ROOT), ROOT);
export const urls = makeUrls('/', graph.plan);
export const readingPaths = graph.articles.map((a) => urls.article(a.id));
