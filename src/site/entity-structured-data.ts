import type { EntityNode } from '../graph';
import type { EntityType } from '../schemas/entity';

/** schema.org types for the entity types the texts name; a document or initiative is a CreativeWork or a plain Thing. */
const SCHEMA_TYPE: Record<EntityType, string> = {
	person: 'Person',
	organisation: 'Organization',
	place: 'Place',
	publication: 'CreativeWork',
	document: 'CreativeWork',
	initiative: 'Thing',
};

/**
 * The article's `mentions`, by the entity pages' URLs. Carried on the article's
 * names page (the same `@id` as the reading page, so the two descriptions
 * merge) rather than on the reading page, whose byte budget it would break.
 */
export function mentionsJsonLd(articleUrl: string, entities: EntityNode[], entityUrl: (e: EntityNode) => string): Record<string, unknown> {
	return {
		'@type': 'AnalysisNewsArticle',
		'@id': articleUrl,
		mentions: entities.map((e) => ({ '@type': SCHEMA_TYPE[e.type], '@id': entityUrl(e), name: e.label })),
	};
}

/** An entity page: the thing itself, as the texts name it, with where they do. */
export function entityJsonLd(entity: EntityNode, pageUrl: string, articleUrls: string[]): Record<string, unknown> {
	return {
		'@type': SCHEMA_TYPE[entity.type],
		'@id': pageUrl,
		url: pageUrl,
		name: entity.label,
		...(entity.spellings.length > 1 ? { alternateName: entity.spellings.filter((s) => s !== entity.label) } : {}),
		subjectOf: articleUrls.map((url) => ({ '@id': url })),
	};
}
