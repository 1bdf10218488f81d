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

/** How many characters of text a mention's line shows on each side. */
const SIDE = 70;

/** A line of text around some words: cut at word boundaries, with an ellipsis where the place goes on. */
export interface InContext {
	before: string;
	words: string;
	after: string;
}

export function inContext(text: string, span: Span): InContext {
	let from = Math.max(0, span.start - SIDE);
	let to = Math.min(text.length, span.end + SIDE);
	if (from > 0) from = Math.min(span.start, text.indexOf(' ', from) + 1 || from);
	if (to < text.length) to = Math.max(span.end, text.lastIndexOf(' ', to));
	return {
		before: `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`,
		words: text.slice(span.start, span.end),
		after: `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`,
	};
}

/** The fragment of a place in its reading page: `#p-N`, `#caption`, `#note` (the author's note, a short id for the page's byte budget). */
export function placeFragment(place: Place): string {
	return typeof place === 'number' ? `p-${place}` : place === 'caption' ? 'caption' : 'note';
}
