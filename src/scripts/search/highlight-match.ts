/**
 * What the landing highlighter marks, as character ranges of a block's text.
 * Pure: no DOM, so the unit tests run it on plain strings.
 *
 * Each `?highlight=` value is one term: a single word, or a phrase (several
 * words, marked as one unit where they stand together). A word is marked as
 * a whole word, with the other endings Pagefind would match ("sphere" marks
 * "spheres" whole), never inside another word ("of" is not found in
 * "officials"). Function words alone are dropped; inside a phrase they must
 * stand there exactly.
 */
import * as z from 'zod/mini';
import { foldName } from '../../shared/fold-name';
import { isFunctionWord } from '../../shared/function-words';

// Without this zod probes for eval with `new Function`, which the site's CSP refuses, and the browser reports it as an issue.
z.config({ jitless: true });

/** A term to mark: its words, folded, and how the reader's parameter wrote it (for the chip). */
export interface Term {
	label: string;
	words: string[];
}

/** At most this many terms, of at most this many characters: a hand-made URL cannot make the page do more. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 80;

/** A word of the text: letters and digits, with an inner apostrophe (Bakiyev’s); a hyphen separates words (Ki-Moon). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

interface Token {
	word: string;
	start: number;
	end: number;
}

/** Folded, without a possessive ’s. */
const norm = (w: string) => foldName(w).replace(/'s$/, '');

function tokens(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({ word: norm(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether a word of the text is the query word or another ending of it:
 * the same, longer ("west" → "western"), or the same stem ("transforming" →
 * "transformed"). Words under four letters only as they are ("UN" is not "under").
 */
export function sameWord(word: string, term: string): boolean {
	if (word === term) return true;
	if (term.length < 4) return false;
	if (word.startsWith(term)) return true;
	let common = 0;
	while (common < word.length && word[common] === term[common]) common += 1;
	return common >= 4 && common >= Math.min(word.length, term.length) - 3;
}

/**
 * One `?highlight=` value, as the URL gives it: runs of spaces made one, at
 * most MAX_TERM_LENGTH characters, holding a word that is not a lone
 * function word. Each refusal's message says why, for the chip to show.
 */
const HighlightValue = z.pipe(
	z.pipe(
		z.string(),
		z.transform((s: string) => s.replace(/\s+/g, ' ').trim()),
	),
	z.string().check(
		z.maxLength(MAX_TERM_LENGTH, `over ${MAX_TERM_LENGTH} characters`),
		z.refine((s: string) => tokens(s).length > 0, 'no word in it'),
		z.refine((s: string) => {
			const words = tokens(s);
			return !(words.length === 1 && isFunctionWord(words[0]!.word));
		}, 'a common word, marked only inside a phrase'),
	),
);

/** A value that cannot be highlighted, as given (cut to MAX_TERM_LENGTH), and why. */
export interface Refusal {
	value: string;
	why: string;
}

/**
 * The reader's parameters as terms, each validated by HighlightValue: empty
 * and repeated values dropped, the others refused with their reason, and
 * any beyond MAX_TERMS refused too.
 */
export function parseTerms(values: readonly string[]): { terms: Term[]; refused: Refusal[] } {
	const terms: Term[] = [];
	const refused: Refusal[] = [];
	const seen = new Set<string>();
	for (const raw of values) {
		if (!raw.trim()) continue;
		const parsed = HighlightValue.safeParse(raw);
		const value = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
		if (!parsed.success) {
			refused.push({ value, why: parsed.error.issues[0]?.message ?? 'not a word' });
			continue;
		}
		const words = tokens(parsed.data).map((t) => t.word);
		const key = words.join(' ');
		if (seen.has(key)) continue;
		if (terms.length >= MAX_TERMS) {
			refused.push({ value, why: `more than ${MAX_TERMS} to highlight` });
			continue;
		}
		seen.add(key);
		terms.push({ label: parsed.data, words });
	}
	return { terms, refused };
}

/** Whether the text's word stands for the term's word at this place: function words in a phrase exactly, others with their endings. */
const fits = (word: string, termWord: string) => (isFunctionWord(termWord) ? word === termWord : sameWord(word, termWord));

/**
 * The ranges of `text` to mark: each occurrence of a term, longest terms
 * first (a phrase wins over a word inside it), never overlapping, in text order.
 */
export function findRanges(text: string, terms: readonly Term[]): [start: number, end: number][] {
	const toks = tokens(text);
	const taken = new Array<boolean>(toks.length).fill(false);
	const ranges: [number, number][] = [];
	for (const term of [...terms].sort((a, b) => b.words.length - a.words.length)) {
		const n = term.words.length;
		for (let i = 0; i + n <= toks.length; i += 1) {
			let ok = true;
			for (let k = 0; k < n && ok; k += 1) ok = !taken[i + k] && fits(toks[i + k]!.word, term.words[k]!);
			if (!ok) continue;
			for (let k = 0; k < n; k += 1) taken[i + k] = true;
			ranges.push([toks[i]!.start, toks[i + n - 1]!.end]);
			i += n - 1;
		}
	}
	return ranges.sort((a, b) => a[0] - b[0]);
}
