import type { Chronology } from './event-types';
import type { EntityIndex } from './entity-types';
import type { ClaimGraph } from './types';

export type { ClaimGraph, ClaimNode } from './types';
export type { EntityIndex, EntityNode, Mention } from './entity-types';
export type { Chronology, EventNode } from './event-types';

/**
 * Stage 3 of the pipeline, as the pages see it: what the articles loader
 * (src/loaders/articles-loader.ts) built from the entries it validated, in one
 * read: the claim graph, the entity index and the chronology. Read once per
 * build, and again only when the dev server's watcher sees a content file change.
 */
export interface BuildState {
	graph: ClaimGraph;
	entities: EntityIndex;
	chronology: Chronology;
}

/**
 * Held on the global object, not in this module: Astro loads this file twice
 * in one process (once with the config, for the loader; once inside the
 * bundle it renders pages from), and both must see the one build state.
 */
const SLOT = Symbol.for('un-csto-companion.build-state');
const holder = globalThis as typeof globalThis & { [SLOT]?: BuildState | Error };

/** Called by the loader with what it read, or with the content error that stopped it (the pages throw it, so the dev server shows it). */
export function setBuildState(state: BuildState | Error): void {
	holder[SLOT] = state;
}

function buildState(what: string): BuildState {
	const state = holder[SLOT];
	if (state instanceof Error) throw state;
	if (state === undefined) {
		throw new Error(
			`${what} is built by the articles loader (src/content.config.ts), which has not run: read it inside an Astro build or dev server, or outside one read the content with readContentGraph() (src/loaders/read-content.ts) and readEntityIndex() and readChronology() (src/loaders/read-entities.ts).`,
		);
	}
	return state;
}

/** The checked claim graph. Throws the content's own error when the last read of it failed. */
export const getClaimGraph = (): ClaimGraph => buildState('The claim graph').graph;

/** The checked entity index, beside the graph. */
export const getEntityIndex = (): EntityIndex => buildState('The entity index').entities;

/** Every text's events, checked and ordered. */
export const getChronology = (): Chronology => buildState('The chronology').chronology;
