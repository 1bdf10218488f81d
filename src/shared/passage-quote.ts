/**
 * Where a reader's passage is in a text, and how to find it again: the pure
 * half of anchoring (the DOM half is src/scripts/reading/passage-dom.ts). A passage's
 * text is the paragraph it starts in, followed by the paragraphs after it,
 * each separated by one "\n"; only the author's words count (not the
 * paragraph number, [sic] marks or claim notes: ADDED_TO_TEXT).
 */

/** Characters of context kept either side of the words (W3C TextQuoteSelector prefix/suffix). */
const QUOTE_CONTEXT = 32;

export interface Quote {
	exact: string;
	prefix: string;
	suffix: string;
}

export interface Span {
	start: number;
	end: number;
}

/** The TextQuoteSelector of text[start, end). */
export function quoteAt(text: string, span: Span, context = QUOTE_CONTEXT): Quote {
	return {
		exact: text.slice(span.start, span.end),
		prefix: text.slice(Math.max(0, span.start - context), span.start),
		suffix: text.slice(span.end, span.end + context),
	};
}

/** How much of `a`'s end and `b`'s start agree, as a share of `b` (1 when `b` is empty). */
function agreement(a: string, b: string, fromEnd: boolean): number {
	if (b.length === 0) return 1;
	let n = 0;
	const max = Math.min(a.length, b.length);
	while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
	return n / b.length;
}

/**
 * Finds the quote again: at its recorded position if the words are still
 * there, else the occurrence whose context agrees best (nearest the old
 * position on a tie); undefined when the words are gone (an orphan).
 */
export function locateQuote(text: string, quote: Quote, hint?: Span): Span | undefined {
	if (quote.exact.length === 0) return undefined;
	if (hint && text.slice(hint.start, hint.end) === quote.exact) return hint;
	let best: { span: Span; score: number } | undefined;
	for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
		const span = { start: at, end: at + quote.exact.length };
		const context = quoteAt(text, span, Math.max(quote.prefix.length, quote.suffix.length));
		const distance = hint ? Math.abs(hint.start - at) / (text.length + 1) : 0;
		const score = agreement(context.prefix, quote.prefix, true) + agreement(context.suffix, quote.suffix, false) - distance;
		if (!best || score > best.score) best = { span, score };
	}
	return best?.span;
}

/** "para. 7" or "paras. 7–8": the pinpoint of paragraphs first…last. */
export function pinpointLabel(first: number, last: number): string {
	return first === last ? `para. ${first}` : `paras. ${first}–${last}`;
}

/** A short checksum of the words (FNV-1a, 32 bits, base 36), so a link whose words changed falls back to its paragraph. */
export function wordsCheck(words: string): string {
	let h = 0x811c9dc5;
	for (const ch of words.replace(/\s+/g, ' ').trim()) {
		h ^= ch.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/** The query parameter our reading page reads to show a passage (src/scripts/reading/passage-link.ts). */
export const PASSAGE_PARAM = 'passage';

export interface PassageRef extends Span {
	/** The paragraph it starts in. */
	paragraph: number;
	/** wordsCheck of its words. */
	check: string;
}

/** `7.12-140.1x3k9z`: paragraph, start and end from its start, checksum. Works where text fragments do not. */
export const formatPassage = (p: PassageRef): string => `${p.paragraph}.${p.start}-${p.end}.${p.check}`;

/** The parameter read back; undefined for anything else (it is the reader's URL: untrusted). */
export function parsePassage(value: string | null): PassageRef | undefined {
	const m = /^([1-9][0-9]{0,3})\.([0-9]{1,6})-([0-9]{1,6})\.([0-9a-z]{1,7})$/.exec(value ?? '');
	if (!m) return undefined;
	const [paragraph, start, end] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
	return end > start ? { paragraph, start, end, check: m[4] as string } : undefined;
}

/** A text directive's part, percent-encoded with `-`, `,` and `&` too (they are its syntax). */
const encodePart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/** `#:~:text=` with what a generator found unique: `prefix-,start,end,-suffix`. */
export function textDirective(f: { prefix?: string; textStart: string; textEnd?: string; suffix?: string }): string {
	const parts = [
		f.prefix ? `${encodePart(f.prefix)}-` : '',
		encodePart(f.textStart),
		f.textEnd ? encodePart(f.textEnd) : '',
		f.suffix ? `-${encodePart(f.suffix)}` : '',
	];
	return `:~:text=${parts.filter(Boolean).join(',')}`;
}
