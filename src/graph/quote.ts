/**
 * Finding a claim's quote in the text. Editors type quotes with straight or
 * curly marks and break long ones across YAML lines; the text has whatever
 * the author used. Both sides are folded to one form for matching, and every
 * match is reported as offsets into the original text.
 */

const FOLD: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201b': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201f': '"',
	'\u2013': '-',
	'\u2014': '-',
};

export interface Folded {
	text: string;
	/** The text before folding, to map offsets back (`originOf`). */
	original: string;
}

const FOLDED_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Folds quote marks and dashes, and turns every run of white space (NBSP too)
 * into one space. Two regular-expression passes: a build folds every
 * paragraph of every article, and walking them character by character was
 * a large part of the claim graph's time.
 */
export function fold(original: string): Folded {
	return { text: original.replace(FOLDED_CHARS, (ch) => FOLD[ch] ?? ch).replace(/\s+/g, ' '), original };
}

/** The index in `folded.original` of the character at `at` in `folded.text`. */
function originOf(folded: Folded, at: number): number {
	let seen = 0;
	let space = false;
	for (let i = 0; i < folded.original.length; i++) {
		const white = WHITE.test(folded.original[i] as string);
		// A run of white space is one character of the folded text: its first.
		if (white && space) continue;
		space = white;
		if (seen === at) return i;
		seen += 1;
	}
	return folded.original.length;
}

const WHITE = /\s/;

export interface Span {
	start: number;
	end: number;
}

/**
 * Every place `quote` occurs in `text`, as [start, end) offsets into `text`.
 * `folded` is `fold(text)`, for a caller that searches one text for many quotes.
 */
export function findQuote(text: string, quote: string, folded: Folded = fold(text)): Span[] {
	const needle = fold(quote.trim()).text;
	if (needle === '') return [];
	const spans: Span[] = [];
	for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
		spans.push({ start: originOf(folded, at), end: originOf(folded, at + needle.length - 1) + 1 });
	}
	return spans;
}

/**
 * The passage of `paragraphs` nearest to `quote`, for the hint when a quote
 * is not found: the window of the quote's length that shares the most words.
 * Hand-written rather than a string-similarity package: a word-bag window
 * finds the passage a quote was cut from, where edit distance favours short ones.
 */
export function closestPassage(paragraphs: string[], quote: string): string {
	const words = (s: string) =>
		fold(s)
			.text.toLowerCase()
			.split(/[^\p{L}\p{N}']+/u)
			.filter(Boolean);
	const want = words(quote);
	const shared = (window: string) => {
		// Each word of the quote counts as often as the quote has it, no more.
		const left = new Map<string, number>();
		for (const w of want) left.set(w, (left.get(w) ?? 0) + 1);
		return words(window).filter((w) => {
			const n = left.get(w) ?? 0;
			left.set(w, n - 1);
			return n > 0;
		}).length;
	};
	let best = { score: -1, text: '' };
	// The quote's length, then one word more so a changed or missing word still fits; a longer window wins only by scoring higher.
	for (const extra of [0, 1]) {
		for (const paragraph of paragraphs) {
			const tokens = paragraph.split(/\s+/);
			const size = Math.max(1, Math.min(tokens.length, want.length + extra));
			for (let i = 0; i + size <= tokens.length; i++) {
				const window = tokens.slice(i, i + size).join(' ');
				const score = shared(window);
				if (score > best.score) best = { score, text: window };
			}
		}
	}
	return best.text;
}
