/**
 * Did-you-mean, the pure part: the vocabulary of the indexed text, split into
 * small parts by word length, and the closest words to a misspelt one.
 * Dependency-free: the build writes the parts (src/integrations/search-vocabulary.ts),
 * the browser reads them (src/scripts/search/suggest.ts).
 *
 * Why by length: a word within edit distance d of the query is at most d
 * letters longer or shorter, whatever letters were changed, so the parts for
 * lengths L−d … L+d always hold every candidate (a first letter can change by
 * a slip, so no split by letter can promise that). At most five small parts
 * per query word, fetched only when a query finds nothing or little.
 */
import { foldName } from './fold-name';

/** Longer words are left out of the vocabulary, and a longer query word gets no suggestion. */
export const VOCABULARY_MAX_LENGTH = 32;

/** A vocabulary entry: the word folded, how often the indexed text has it, and its usual spelling there when that differs (a capital). */
export type VocabularyEntry = [word: string, count: number, written?: string];

/** A word of the text: letters and digits with an inner apostrophe; a hyphen separates words (Pagefind indexes the parts). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** Length in letters (code points), the key of a word's part. */
export const lengthOf = (word: string): number => [...word].length;

/** Up to 2 edits, 1 for words of up to five letters: more would suggest unrelated short words. */
export const maxDistance = (word: string): number => (lengthOf(word) <= 5 ? 1 : 2);

/** The parts (word lengths) that hold every word within `maxDistance` of `word`. */
export function partsFor(word: string): number[] {
	const n = lengthOf(word);
	const d = maxDistance(word);
	const parts: number[] = [];
	for (let l = Math.max(1, n - d); l <= Math.min(VOCABULARY_MAX_LENGTH, n + d); l += 1) parts.push(l);
	return parts;
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal
 * string alignment), as a reader's slips are: a letter dropped, added,
 * changed, or two swapped. Returns `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i += 1) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= t.length; j += 1) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
			row.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	const d = prev[t.length]!;
	return d > max ? max + 1 : d;
}

/** The words of a text, folded (no possessive ’s), each with how it was written. */
function wordsOf(text: string): { word: string; written: string }[] {
	return [...text.matchAll(WORD)].map((m) => {
		const written = m[0].replace(/['’ʼ]s$/u, '');
		return { word: foldName(written), written };
	});
}

/**
 * The vocabulary of these texts split into parts by word length: in each
 * part the most frequent words first. Only words with a letter, of at most
 * VOCABULARY_MAX_LENGTH letters.
 */
export function splitVocabulary(texts: Iterable<string>): Map<number, VocabularyEntry[]> {
	const counts = new Map<string, { count: number; forms: Map<string, number> }>();
	for (const text of texts) {
		for (const { word, written } of wordsOf(text)) {
			if (!/\p{L}/u.test(word) || lengthOf(word) > VOCABULARY_MAX_LENGTH) continue;
			const entry = counts.get(word) ?? { count: 0, forms: new Map() };
			entry.count += 1;
			entry.forms.set(written, (entry.forms.get(written) ?? 0) + 1);
			counts.set(word, entry);
		}
	}
	const parts = new Map<number, VocabularyEntry[]>();
	const sorted = [...counts].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	for (const [word, { count, forms }] of sorted) {
		// The spelling the text uses most; a lower-case word used once at a sentence's start stays lower case.
		const written = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]![0];
		const part = parts.get(lengthOf(word)) ?? [];
		part.push(written === word ? [word, count] : [word, count, written]);
		parts.set(lengthOf(word), part);
	}
	return parts;
}

export interface Candidate {
	/** As the text writes it. */
	written: string;
	word: string;
	distance: number;
	count: number;
	/** A spelling of a name in the names list. */
	name: boolean;
}

/**
 * The closest words to `word` (folded) among `entries` and the `names`
 * (folded spelling → as written; a name not in the texts, like an
 * alternative spelling, counts as occurring 0 times): names first, then the
 * fewest edits, then the most frequent. The word itself is never suggested.
 */
export function closestWords(
	word: string,
	entries: Iterable<VocabularyEntry>,
	names: ReadonlyMap<string, string>,
	skip: (word: string) => boolean = () => false,
	limit = 3,
): Candidate[] {
	const max = maxDistance(word);
	const found = new Map<string, Candidate>();
	const consider = (w: string, count: number, written: string) => {
		if (w === word || skip(w) || found.has(w)) return;
		const distance = editDistance(word, w, max);
		if (distance <= max) found.set(w, { written, word: w, distance, count, name: names.has(w) });
	};
	for (const [w, count, written] of entries) consider(w, count, names.get(w) ?? written ?? w);
	for (const [w, written] of names) consider(w, 0, written);
	return [...found.values()]
		.sort((a, b) => Number(b.name) - Number(a.name) || a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1))
		.slice(0, limit);
}
