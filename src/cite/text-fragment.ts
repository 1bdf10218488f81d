/**
 * URL text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`) that take a
 * reader to a claim's words on the original publisher's page. A browser
 * highlights the first match only, so each fragment is built to match exactly
 * once in our copy of the page (the capture), adding context words until it does.
 *
 * Matching follows the specification's essentials: white space collapsed,
 * case ignored, start and end at word boundaries, prefix and suffix adjacent.
 * Ours, not text-fragments-polyfill's generator: that one needs a DOM Range,
 * and the build has none; the polyfill's matcher checks our links in e2e.
 */

export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/** A quote up to this long goes whole into `start`; a longer one is cut to `start,end`. */
const WHOLE_QUOTE_MAX = 80;
const EDGE_WORDS = 4;
const MAX_CONTEXT_WORDS = 5;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const norm = (s: string) => collapse(s).toLowerCase();

function isBoundary(text: string, i: number): boolean {
	if (i <= 0 || i >= text.length) return true;
	const word = /[\p{L}\p{N}]/u;
	return !(word.test(text[i - 1] as string) && word.test(text[i] as string));
}

function occurrences(text: string, needle: string, from = 0): number[] {
	const out: number[] = [];
	for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
		if (isBoundary(text, i) && isBoundary(text, i + needle.length)) out.push(i);
	}
	return out;
}

/** How many distinct places of `doc` the directive matches. */
export function countMatches(doc: string, d: TextDirective): number {
	const text = norm(doc);
	const start = norm(d.start);
	const ranges = new Set<string>();
	for (const at of occurrences(text, start)) {
		if (d.prefix !== undefined) {
			const before = text.slice(0, at).trimEnd();
			const prefix = norm(d.prefix);
			if (!before.endsWith(prefix) || !isBoundary(before, before.length - prefix.length)) continue;
		}
		let endAt = at + start.length;
		if (d.end !== undefined) {
			const [e] = occurrences(text, norm(d.end), endAt);
			if (e === undefined) continue;
			endAt = e + norm(d.end).length;
		}
		if (d.suffix !== undefined) {
			const after = text.slice(endAt).trimStart();
			const suffix = norm(d.suffix);
			if (!after.startsWith(suffix) || !isBoundary(after, suffix.length)) continue;
		}
		ranges.add(`${at}:${endAt}`);
	}
	return ranges.size;
}

const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

export function serialize(d: TextDirective): string {
	const parts = [
		...(d.prefix !== undefined ? [`${encode(d.prefix)}-`] : []),
		encode(d.start),
		...(d.end !== undefined ? [encode(d.end)] : []),
		...(d.suffix !== undefined ? [`-${encode(d.suffix)}`] : []),
	];
	return `text=${parts.join(',')}`;
}

/**
 * The shortest directive for `quote` (which must stand in `doc`) that matches
 * once: the quote itself or its first and last words, then with growing
 * context before and after. Throws when no context makes it unique.
 */
export function buildTextDirective(doc: string, quote: string): TextDirective {
	const words = collapse(quote).split(' ');
	const base: TextDirective =
		collapse(quote).length <= WHOLE_QUOTE_MAX || words.length <= EDGE_WORDS * 2
			? { start: collapse(quote) }
			: { start: words.slice(0, EDGE_WORDS).join(' '), end: words.slice(-EDGE_WORDS).join(' ') };
	const text = collapse(doc);
	const at = text.indexOf(collapse(quote));
	if (at < 0) throw new Error(`the quote is not in the document: ${JSON.stringify(quote.slice(0, 60))}`);
	const before = text.slice(0, at).trim().split(' ').filter(Boolean);
	const after = text
		.slice(at + collapse(quote).length)
		.trim()
		.split(' ')
		.filter(Boolean);
	for (let n = 0; n <= MAX_CONTEXT_WORDS; n++) {
		const candidates: TextDirective[] =
			n === 0
				? [base]
				: [
						{ ...base, prefix: before.slice(-n).join(' ') },
						{ ...base, suffix: after.slice(0, n).join(' ') },
						{ ...base, prefix: before.slice(-n).join(' '), suffix: after.slice(0, n).join(' ') },
					];
		const unique = candidates.find((c) => c.prefix !== '' && c.suffix !== '' && countMatches(doc, c) === 1);
		if (unique) return unique;
	}
	throw new Error(`no text fragment matches the quote once: ${JSON.stringify(quote.slice(0, 60))}`);
}

/** The original page's URL with a text fragment for `quote`. */
export function sourceLinkTo(sourceUrl: string, doc: string, quote: string): string {
	return `${sourceUrl.split('#')[0]}#:~:${serialize(buildTextDirective(doc, quote))}`;
}
