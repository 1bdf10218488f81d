import type { Chronology } from './event-types';
import type { EntityIndex } from './entity-types';

export type { EntityIndex, EntityNode, Mention } from './entity-types';
export type { Chronology, EventNode } from './event-types';

/**
 * The entity index of this build, set by the articles loader beside the claim
 * graph (src/graph/index.ts explains why it lives on the global object).
 */
const SLOT = Symbol.for('un-csto-companion.entity-index');
const holder = globalThis as typeof globalThis & { [SLOT]?: EntityIndex | Error };

export function setEntityIndex(index: EntityIndex | Error): void {
	holder[SLOT] = index;
}

/** The checked entity index. Throws the content's own error when the last read failed. */
export function getEntityIndex(): EntityIndex {
	const index = holder[SLOT];
	if (index instanceof Error) throw index;
	if (index === undefined) throw new Error('The entity index is built by the articles loader (src/content.config.ts), which has not run.');
	return index;
}

const EVENTS = Symbol.for('un-csto-companion.chronology');
const events = globalThis as typeof globalThis & { [EVENTS]?: Chronology | Error };

/** Set by the articles loader with the entity index. */
export function setChronology(chronology: Chronology | Error): void {
	events[EVENTS] = chronology;
}

/** Both texts' events, checked and ordered. */
export function getChronology(): Chronology {
	const chronology = events[EVENTS];
	if (chronology instanceof Error) throw chronology;
	if (chronology === undefined) throw new Error('The events are read by the articles loader (src/content.config.ts), which has not run.');
	return chronology;
}
