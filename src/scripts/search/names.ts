/**
 * Names spelled more than one way (the `search:` spellings of content/entities.yaml, published as /search-names.json): a query that contains
 * one spelling is expanded into one query per combination of spellings, since
 * Pagefind has neither synonyms nor OR. The client runs them all and merges
 * the results by URL. Pure functions, shared by the browser and the tests.
 *
 *   expandQuery('Bakiev government', [['Bakiyev', 'Bakiev']])
 *   → { searches: ['Bakiev government', 'Bakiyev government'], alternatives: ['Bakiyev'] }
 *
 * Case and diacritics never matter: Pagefind ignores them, and so does the
 * matching here (`foldName`). Inside quotes the phrase is expanded the same
 * way (`"Kurmanbek Bakiev"` → `"Kurmanbek Bakiyev"`). While the reader is still
 * typing the last word, a prefix of one spelling also searches the others
 * ("Bakie" → "Bakiyev"), so results do not drop out half-way through a name.
 */

import { foldName } from '../../shared/fold-name';

/** A word: letters and digits, joined by single hyphens or apostrophes (Ki-moon, Bakiyev’s). */
const WORD = /[\p{L}\p{N}]+(?:[-'’ʼ][\p{L}\p{N}]+)*/gu;

interface Token {
	folded: string;
	start: number;
	end: number;
}

function tokens(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({ folded: foldName(m[0]), start: m.index, end: m.index + m[0].length }));
}

interface Occurrence {
	start: number;
	end: number;
	/** What to put in its place, the text as typed first. */
	choices: string[];
}

export interface Expansion {
	/** The queries to run; the first is the query as typed. */
	searches: string[];
	/** The other spellings brought in, as the vocabulary writes them (to tell the reader). */
	alternatives: string[];
}

export interface ExpandOptions {
	/** At most this many searches (combinations beyond it are dropped). */
	maxSearches?: number;
	/** Expand a prefix of a spelling in the last word when the query does not end in a space or quote. */
	partialLastWord?: boolean;
	/** The shortest prefix that counts (shorter ones match too much). */
	minPrefix?: number;
}

/** Each group's variants as token lists, longest first, so "Ki Moon" wins over a one-word variant. */
function compile(groups: readonly (readonly string[])[]) {
	return groups
		.flatMap((variants, group) => variants.map((v) => ({ group, variant: v, parts: tokens(v).map((t) => t.folded) })))
		.filter((v) => v.parts.length > 0)
		.sort((a, b) => b.parts.length - a.parts.length);
}

export function expandQuery(query: string, groups: readonly (readonly string[])[], options: ExpandOptions = {}): Expansion {
	const { maxSearches = 8, partialLastWord = true, minPrefix = 4 } = options;
	const typed = query.trim();
	const words = tokens(typed);
	const compiled = compile(groups);
	const found: Occurrence[] = [];

	for (let i = 0; i < words.length;) {
		const hit = compiled.find(
			({ parts }) =>
				parts.every((p, k) => words[i + k]?.folded === p) &&
				// The words of a many-word variant are separated by spaces only.
				parts.every((_, k) => k === 0 || /^\s+$/.test(typed.slice(words[i + k - 1]!.end, words[i + k]!.start))),
		);
		if (!hit) {
			i += 1;
			continue;
		}
		const first = words[i]!;
		const last = words[i + hit.parts.length - 1]!;
		const asTyped = typed.slice(first.start, last.end);
		const others = (groups[hit.group] ?? []).filter((v) => foldName(v) !== foldName(asTyped));
		found.push({ start: first.start, end: last.end, choices: [asTyped, ...others] });
		i += hit.parts.length;
	}

	// The word being typed: a prefix of one spelling brings in the spellings it is not a prefix of.
	const lastWord = words.at(-1);
	if (partialLastWord && !/\s$/.test(query) && lastWord && lastWord.end === typed.length && !found.some((o) => o.end === lastWord.end)) {
		const prefix = lastWord.folded;
		if (prefix.length >= minPrefix) {
			const group = compiled.find(({ parts }) => parts.length === 1 && parts[0]!.startsWith(prefix) && parts[0] !== prefix)?.group;
			if (group !== undefined) {
				const others = (groups[group] ?? []).filter((v) => !foldName(v).startsWith(prefix));
				if (others.length) found.push({ start: lastWord.start, end: lastWord.end, choices: [typed.slice(lastWord.start), ...others] });
			}
		}
	}

	const searches: string[] = [];
	const combine = (at: number, text: string, shift: number) => {
		if (searches.length >= maxSearches) return;
		const occurrence = found[at];
		if (!occurrence) {
			searches.push(text);
			return;
		}
		for (const choice of occurrence.choices) {
			const start = occurrence.start + shift;
			const end = occurrence.end + shift;
			combine(at + 1, text.slice(0, start) + choice + text.slice(end), shift + choice.length - (occurrence.end - occurrence.start));
		}
	};
	combine(0, typed, 0);

	const alternatives = [...new Set(found.flatMap((o) => o.choices.slice(1)))];
	return { searches: [...new Set(searches)], alternatives };
}

/**
 * The words of a query, each with its spellings (folded): what a passage must
 * contain to match the whole query. `Bakiev government` →
 * `[['bakiev', 'bakiyev'], ['government']]`; a name of several words is one
 * slot (`NATO recognition` → `[['nato', 'north atlantic treaty organization'],
 * ['recognition']]`, and the same for the name spelled out). Used to rank and filter passages,
 * since Pagefind requires every word of a query on the page, not in one paragraph.
 */
export function querySlots(query: string, groups: readonly (readonly string[])[]): string[][] {
	const words = tokens(query);
	const compiled = compile(groups);
	const slots: string[][] = [];
	for (let i = 0; i < words.length;) {
		const hit = compiled.find(({ parts }) => parts.every((p, k) => words[i + k]?.folded === p));
		slots.push(hit ? (groups[hit.group] ?? []).map(foldName) : [words[i]!.folded]);
		i += hit ? hit.parts.length : 1;
	}
	const seen = new Set<string>();
	return slots.filter((slot) => {
		const key = [...slot].sort().join('|');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Whether a word of the text is what Pagefind matched for a query word: the
 * same, a longer word it is a prefix of ("west" → "western"), or the same
 * stem ("transforming" → "transformed"). Both folded.
 */
export function wordMatches(word: string, term: string): boolean {
	if (word.startsWith(term) || term.startsWith(word)) return true;
	let common = 0;
	while (common < word.length && word[common] === term[common]) common += 1;
	return common >= 4 && common >= Math.min(word.length, term.length) - 3;
}

/**
 * Whether the words found in a passage (folded) hold one spelling of a slot:
 * every word of it, as Pagefind matches words (`exact`: as typed).
 */
export function holds(found: readonly string[], spelling: string, exact = false): boolean {
	return spelling.split(' ').every((part) => found.some((w) => (exact ? w === part : wordMatches(w, part))));
}
