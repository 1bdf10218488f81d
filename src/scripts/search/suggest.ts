/**
 * "Did you mean": when a query finds nothing, little (fewer than FEW
 * results), or nothing holding one of its words, each such word that the
 * texts lack, or have far less often than a close spelling, is checked
 * against the vocabulary the build wrote
 * (src/shared/spelling.ts): only the parts for the word's length ± 2 are
 * fetched, once each per page. A search that finds enough fetches nothing.
 *
 *   suggest('Bordyuzah said', 0, groups) → [{ query: 'Bordyuzha said', words: ['Bordyuzha'] }]
 */
import { foldName } from '../../shared/fold-name';
import { isFunctionWord } from '../../shared/function-words';
import { closestWords, lengthOf, partsFor, VOCABULARY_MAX_LENGTH, type Candidate, type VocabularyEntry } from '../../shared/spelling';
import { BASE } from '../common/enhancements';
import { sameWord } from './highlight-match';

/** With fewer passages than this, the query's words are checked. */
const FEW = 3;
/** A word found this many times less often than a close spelling is taken for a slip. */
const FAR_FEWER = 10;

export interface Suggestion {
	/** The query with the words corrected, to run. */
	query: string;
	/** The corrected words, as the texts write them. */
	words: string[];
}

export type PartLoader = (length: number) => Promise<VocabularyEntry[]>;

const loaded = new Map<number, Promise<VocabularyEntry[]>>();

/** One part of the vocabulary, fetched once; a failed fetch counts as empty and is tried again next time. */
export const fetchPart: PartLoader = (length) => {
	let part = loaded.get(length);
	if (!part) {
		part = fetch(`${BASE}search-vocabulary/${length}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<VocabularyEntry[]>) : Promise.reject(new Error(String(r.status)))))
			.catch(() => {
				loaded.delete(length);
				return [];
			});
		loaded.set(length, part);
	}
	return part;
};

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/**
 * The words the results' passages hold as they are (folded), from their
 * links' highlight parameters: a query word among them is in the texts, so it
 * needs no vocabulary to be checked, and a search that finds it fetches none.
 */
export function wordsFound(hrefs: readonly string[], param: string): Set<string> {
	const out = new Set<string>();
	for (const href of hrefs)
		for (const value of new URL(href, 'https://search.invalid').searchParams.getAll(param))
			for (const m of value.matchAll(WORD)) out.add(foldName(m[0]).replace(/'s$/, ''));
	return out;
}

/** Each spelling of each name, word by word: folded → as the names list writes it. */
function nameWords(groups: readonly (readonly string[])[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const variants of groups) for (const v of variants) for (const m of v.matchAll(WORD)) out.set(foldName(m[0]), m[0]);
	return out;
}

/**
 * Corrected queries for `query`, which found `found` results holding the
 * `known` words: at most three, the closest first. With FEW results or more,
 * only a word no result holds (as it is or with another ending) is checked:
 * Pagefind answers a word it lacks with whatever its parts match ("untied"
 * finds "UN"), so a count alone does not say a word was found. With fewer,
 * every word is, since a rare word may be a slip for a frequent one.
 */
export async function suggest(
	query: string,
	found: number,
	groups: readonly (readonly string[])[],
	load: PartLoader = fetchPart,
	known: ReadonlySet<string> = new Set(),
): Promise<Suggestion[]> {
	const held = (word: string) => [...known].some((k) => sameWord(k, word));
	const names = nameWords(groups);
	const slips = await Promise.all(
		[...query.matchAll(WORD)].map(async (m) => {
			const word = foldName(m[0]).replace(/'s$/, '');
			if (
				lengthOf(word) < 3 ||
				lengthOf(word) > VOCABULARY_MAX_LENGTH ||
				!/\p{L}/u.test(word) ||
				isFunctionWord(word) ||
				names.has(word) ||
				(found >= FEW && held(word))
			)
				return undefined;
			const entries = (await Promise.all(partsFor(word).map(load))).flat();
			// As Pagefind matches: the word itself and longer words it begins.
			const own = entries.reduce((n, [w, count]) => (w === word || w.startsWith(word) ? n + count : n), 0);
			const candidates = closestWords(word, entries, names, isFunctionWord).filter(
				(c) => (c.count > 0 || c.name) && (own === 0 || c.count >= FAR_FEWER * own),
			);
			if (candidates.length === 0) return undefined;
			return { start: m.index, end: m.index + m[0].length, candidates };
		}),
	);
	const fixes = slips.filter((s): s is { start: number; end: number; candidates: Candidate[] } => s !== undefined);
	if (fixes.length === 0) return [];
	const out: Suggestion[] = [];
	const most = Math.max(...fixes.map((f) => f.candidates.length));
	for (let k = 0; k < most; k += 1) {
		let q = query;
		const words: string[] = [];
		for (const fix of [...fixes].reverse()) {
			const c = fix.candidates[Math.min(k, fix.candidates.length - 1)]!;
			q = q.slice(0, fix.start) + c.written + q.slice(fix.end);
			words.unshift(c.written);
		}
		if (!out.some((s) => s.query === q.trim())) out.push({ query: q.trim(), words });
	}
	return out;
}
