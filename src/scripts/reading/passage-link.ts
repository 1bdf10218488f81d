/**
 * Links that land on a reader's exact words, and the landing.
 *
 * A link is `/articles/<id>/?passage=7.12-140.k3x9#p-7:~:text=…`:
 * - `#p-7` the paragraph, which every browser scrolls to, and where a
 *   browser falls back when the words are not found;
 * - `:~:text=` a text fragment, made by text-fragments-polyfill's generator
 *   (context words added until it is unique) and checked here with its matcher
 *   before it is offered; left out when no unique fragment exists (a phrase
 *   repeated word for word), so a link never lands on the wrong words;
 * - `?passage=` ours: paragraph, offsets in the author's text and a checksum
 *   of the words (src/shared/passage-quote.ts), read by this page to mark the
 *   words where text fragments are not supported (or turned off). When the
 *   checksum no longer matches, the text changed: only the #p-N is left.
 */
import {
	generateFragmentFromRange,
	GenerateFragmentStatus,
	setTimeout as noTimeLimit,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { processTextFragmentDirective } from 'text-fragments-polyfill/text-fragment-utils';
import { formatPassage, parsePassage, PASSAGE_PARAM, textDirective, wordsCheck, type Span } from '../../shared/passage-quote';
import { passageText, passageToRange } from './passage-dom';

noTimeLimit(null);

/** The link's text fragment for `range`, if one is unique and lands on it; else "". */
function checkedDirective(range: Range, first: HTMLElement): string {
	try {
		const { status, fragment } = generateFragmentFromRange(range);
		if (status !== GenerateFragmentStatus.SUCCESS || !fragment) return '';
		const matches = processTextFragmentDirective(fragment, document, document.body);
		const [only] = matches;
		return matches.length === 1 && only?.intersectsNode(first) ? textDirective(fragment) : '';
	} catch {
		return '';
	}
}

/** The absolute link to the words of `span` in the passage starting at paragraph `first`. */
export function passageLink(range: Range, first: HTMLElement, span: Span, text: string): string {
	const url = new URL(location.pathname, location.href);
	const paragraph = Number(first.id.slice(2));
	url.searchParams.set(PASSAGE_PARAM, formatPassage({ paragraph, ...span, check: wordsCheck(text.slice(span.start, span.end)) }));
	url.hash = `${first.id}${checkedDirective(range, first)}`;
	return url.href;
}

/** A link to stored words, for the notes page: no text fragment, which could not be checked there. */
export function storedLink(source: string, paragraph: number, span: Span, exact: string): string {
	const url = new URL(source);
	url.searchParams.set(PASSAGE_PARAM, formatPassage({ paragraph, ...span, check: wordsCheck(exact) }));
	url.hash = `p-${paragraph}`;
	return url.href;
}

/** The range a `?passage=` names on this page, if its words are still the ones linked to. */
export function landing(): { range: Range; first: HTMLElement } | undefined {
	const ref = parsePassage(new URLSearchParams(location.search).get(PASSAGE_PARAM));
	const first = ref && document.getElementById(`p-${ref.paragraph}`);
	if (!ref || !first) return undefined;
	const { text } = passageText(first);
	if (wordsCheck(text.slice(ref.start, ref.end)) !== ref.check) return undefined;
	const range = passageToRange(first, ref);
	return range && { range, first };
}
