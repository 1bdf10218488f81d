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
	/** For each character of `text`, its index in the original. */
	origin: number[];
}

/** Folds quote marks and dashes, and turns every run of white space (NBSP too) into one space. */
export function fold(original: string): Folded {
	const out: string[] = [];
	const origin: number[] = [];
	let space = false;
	for (let i = 0; i < original.length; i++) {
		const ch = original[i] as string;
		if (WHITE.test(ch)) {
			if (space) continue;
			space = true;
			out.push(' ');
		} else {
			space = false;
			out.push(FOLD[ch] ?? ch);
		}
		origin.push(i);
	}
	return { text: out.join(''), origin };
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
	const hay = folded;
	const needle = fold(quote.trim()).text;
	if (needle === '') return [];
	const spans: Span[] = [];
	for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
		const last = at + needle.length - 1;
		spans.push({ start: hay.origin[at] as number, end: (hay.origin[last] as number) + 1 });
	}
	return spans;
}

/**
 * The passage of `paragraphs` nearest to `quote`, for the hint when a quote
 * is not found: the window of the quote's length that shares the most words.
 */
export function closestPassage(paragraphs: string[], quote: string): string {
	const words = (s: string) => fold(s).text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
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
