/**
 * How search compares names and words: case, diacritics, the kind of
 * apostrophe and runs of spaces never matter (Pagefind ignores the first two).
 * Dependency-free: the names schema, the build and the browser all fold alike.
 *
 * Lower case, without diacritics, with one kind of apostrophe and single spaces.
 */
export function foldName(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}
