import { KEBAB } from './kebab';

/** An entity's id in content/entities.yaml, e.g. `nikolai-bordyuzha`: its URL `/entities/<id>/`. */
export type EntityId = string & { readonly __brand: 'EntityId' };

const ENTITY_ID_PATTERN = new RegExp(`^${KEBAB}$`);

export const isEntityId = (s: string): s is EntityId => ENTITY_ID_PATTERN.test(s);

export function toEntityId(s: string): EntityId {
	if (isEntityId(s)) return s;
	throw new TypeError(`"${s}" is not an entity id (lower-case letters, digits and single hyphens)`);
}
