import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { EntityIndex } from '../graph/entity-types';
import type { Chronology } from '../graph/event-types';
import { buildChronology } from '../graph/events';
import { buildEntityIndex } from '../graph/mentions';
import type { ClaimGraph } from '../graph/types';
import { EntitiesSchema, type EntityData } from '../schemas/entity';
import { EventsSchema } from '../schemas/event';
import { parseWithFriendlyErrors } from '../shared/errors';

/** Reads and validates `contentDir/entities.yaml`; a content folder without one has no entities. */
export function readEntities(contentDir: string, root = process.cwd()): { entries: EntityData[]; file: string } {
	return readEntitiesFile(join(contentDir, 'entities.yaml'), root);
}

/** Reads and validates one entities file (a test's fixture is one); no file, no entities. */
function readEntitiesFile(path: string, root = process.cwd()): { entries: EntityData[]; file: string } {
	const file = relative(root, path);
	if (!existsSync(path)) return { entries: [], file };
	return { entries: parseWithFriendlyErrors(EntitiesSchema, parseYaml(readFileSync(path, 'utf8')), file), file };
}

/** The entities of a content folder, located and checked in the texts of `graph`. */
export function readEntityIndex(
	contentDir: string,
	root: string,
	graph: Pick<ClaimGraph, 'articles' | 'claimsByArticle'>,
	path = join(contentDir, 'entities.yaml'),
): EntityIndex {
	const { entries, file } = readEntitiesFile(path, root);
	return buildEntityIndex(graph, entries, file);
}

/** Reads, validates and checks `contentDir/events.yaml` (or `path`); a content folder without one has no events. */
export function readChronology(
	contentDir: string,
	root: string,
	graph: Pick<ClaimGraph, 'articles' | 'byRef'>,
	entities: Pick<EntityIndex, 'byId'>,
	path = join(contentDir, 'events.yaml'),
): Chronology {
	const file = relative(root, path);
	const entries = existsSync(path) ? parseWithFriendlyErrors(EventsSchema, parseYaml(readFileSync(path, 'utf8')), file) : [];
	return buildChronology(graph, entities, entries, file);
}
