import type { Mention } from '../graph';
import { placeFragment } from '../graph/places';
import type { Place } from '../schemas/entity';
import type { ArticleId } from '../shared/ids';
import { urls } from './site';

/** Whose words each place holds, for a reader: the caption and the author's note are not the body. */
export function placeLabel(place: Place): string {
	return typeof place === 'number' ? `¶\u00a0${place}` : place === 'caption' ? 'Photo caption' : 'Author’s note';
}

/**
 * A place in a reading page with `words` highlighted on arrival by search's
 * `?highlight=` landing. The words go as one value, so the highlighter marks
 * them as one phrase where they stand together: one value per word would mark
 * each word all over the page, and a function word alone ("The", "in") is
 * refused there, in the chip the reader sees.
 */
export function landingUrl(article: ArticleId, place: Place, words: string): string {
	return `${urls.article(article)}?highlight=${encodeURIComponent(words.replace(/[\s\u00a0]+/g, ' ').trim())}#${placeFragment(place)}`;
}

/** The link to a mention: its place in the reading page, its words highlighted there. */
export function mentionUrl(mention: Pick<Mention, 'article' | 'place' | 'surface'>): string {
	return landingUrl(mention.article, mention.place, mention.surface);
}
