import type { ArticleData } from '../schemas/article';

/**
 * The publisher's short name as every compact byline shows it: "RFE/RL", or
 * "EurasiaNet (unverified)" — an unconfirmed publisher never appears as a
 * plain fact, wherever the name is shortened.
 */
export function shortPublisher(org: ArticleData['organisation']): string {
	return org.certainty === 'confirmed' ? org.shortName : `${org.shortName} (${org.certainty})`;
}
