import type { Place } from '../schemas/entity';
import { fold, findQuote, type Folded, type Span } from './quote';
import { readerText } from './reader-text';
import type { SourceArticle } from './types';

/** A run of an article's own words where a name can stand: a paragraph, the caption, the author's note. */
export interface PlaceText {
	place: Place;
	text: string;
	folded: Folded;
}

/** Caption first (it heads the page), then the paragraphs, then the author's note: the reading order. */
export function placesOf(article: SourceArticle): PlaceText[] {
	const reader = readerText(article.body);
	const raw: { place: Place; text: string }[] = [
		...(article.data.caption ? [{ place: 'caption' as const, text: article.data.caption }] : []),
		...reader.paragraphs.map((p, i) => ({ place: i + 1, text: p.text })),
		...reader.notes.map((text) => ({ place: 'author-note' as const, text })),
	];
	return raw.map((p) => ({ ...p, folded: fold(p.text) }));
}

const WORD = /[\p{L}\p{N}]/u;

/** Where `words` stand in `place` as whole words: no letter or digit just before or after. */
export function findWords(place: PlaceText, words: string): Span[] {
	return findQuote(place.text, words, place.folded).filter(
		(s) => !WORD.test(place.text[s.start - 1] ?? ' ') && !WORD.test(place.text[s.end] ?? ' '),
	);
}

/** "¶ 3", "caption", "author's note": how messages and pages name a place. */
export function placeName(place: Place): string {
	return typeof place === 'number' ? `¶ ${place}` : place === 'caption' ? 'photo caption' : 'author’s note';
}

/** Sort key of a place in reading order. */
export function placeOrder(place: Place): number {
	return place === 'caption' ? 0 : place === 'author-note' ? Number.MAX_SAFE_INTEGER : place;
}
