import type { Mention } from '../graph/entities';
import { placeFragment } from '../graph/places';
import type { Place } from '../schemas/entity';
import { urls } from './site';

/** Whose words each place holds, for a reader: the caption and the author's note are not the body. */
export function placeLabel(place: Place): string {
	return typeof place === 'number' ? `¶\u00a0${place}` : place === 'caption' ? 'Photo caption' : 'Author’s note';
}

/**
 * The link to a mention: its place in the reading page, with its words
 * highlighted on arrival by search's `?highlight=` landing (one parameter per
 * word, as Pagefind's highlighter reads them).
 */
export function mentionUrl(mention: Pick<Mention, 'article' | 'place' | 'surface'>): string {
	const words = mention.surface.split(/[\s\u00a0]+/).filter(Boolean);
	const query = words.map((w) => `highlight=${encodeURIComponent(w)}`).join('&');
	return `${urls.article(mention.article)}?${query}#${placeFragment(mention.place)}`;
}
