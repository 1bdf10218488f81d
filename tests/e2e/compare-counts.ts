import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimsJson } from '../../src/exports/claims-json';
import { RELATION_TYPES, type RelationType } from '../../src/schemas/claim';

/**
 * The counts the comparison leads with (on /compare/ and the home page's Compare door), worked out
 * here from a build's claims.json and each relation type's stance, not by the site's own code.
 */
export function comparisonCounts(dist: string): { agree: number; differ: number; only: number } {
	const data = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as ClaimsJson;
	const articleOf = (ref: string) => ref.split('/')[0] ?? '';
	const across = data.relations.filter((r) => articleOf(r.from) !== articleOf(r.to));
	const stance = (s: string) => across.filter((r) => RELATION_TYPES[r.type as RelationType].stance === s).length;
	const related = new Set(across.flatMap((r) => [r.from, r.to]));
	return { agree: stance('agree'), differ: stance('differ'), only: data.claims.filter((c) => !related.has(c.id)).length };
}
