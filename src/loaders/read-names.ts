import type { NameGroup } from '../schemas/names';
import { readEntities } from './read-entities';

/**
 * The name groups search expands queries with: each entity's `search`
 * spellings in `contentDir/entities.yaml` (they were content/names.yaml;
 * `/search-names.json` keeps its shape). That a variant belongs to one entity
 * only is checked with the entities (src/graph/mentions.ts).
 */
export function readNames(contentDir: string, root = process.cwd()): NameGroup[] {
	return readEntities(contentDir, root).entries.flatMap((e) => (e.search ? [{ name: e.label, ...e.search }] : []));
}
