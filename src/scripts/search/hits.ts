/**
 * Pagefind's page results shaped into what the reader looks for: passages
 * (paragraphs of the two texts, from Pagefind's sub-results) and claims (claim
 * pages), each with a link that lands on the passage with the matched words
 * highlighted. Pure: no fetching and no DOM, so the tests run it on made-up results.
 */
import { foldName } from '../../shared/fold-name';
import { isFunctionWord } from '../../shared/function-words';
import { BASE, HIGHLIGHT_PARAM } from '../common/enhancements';
import type { PagefindData, PagefindSubResult, WeightedLocation } from './pagefind-types';
import { holds, wordMatches } from './names';

/** The facets a result can carry (SearchMeta.astro writes them as Pagefind filters; a reading page's date, PublicationDate.astro). */
export const FACET_KEYS = ['article', 'author', 'publisher', 'kind', 'said', 'source', 'topic', 'mentions', 'date'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

type HitKind = 'passage' | 'claim';

export interface Hit {
	kind: HitKind;
	/** The place without highlighting: page URL and anchor. Unique per hit. */
	key: string;
	/** Where the result link goes: the page with `?highlight=` for each matched word, and the anchor. */
	href: string;
	/** A passage: how many words of the query it holds (all of them, unless no passage does), then how many as typed. */
	matched: number;
	exact: number;
	/** Pagefind's score: for a passage, of its matched words; for a claim, of its page. */
	score: number;
	/** A passage: the article's title. A claim: its summary. */
	title: string;
	/** A passage: "¶ 5", "Photo caption", "Section heading" or "Title". */
	place?: string;
	/** A passage's paragraph number, if it is one. */
	paragraph?: number;
	/** A passage: the section it stands in (nearest heading above), if any. */
	section?: string;
	/** A passage: where it starts in its page (a word index), for showing passages in the text's order; -1 for the title. */
	position?: number;
	/** Pagefind's excerpt: our own text, entity-escaped, with <mark> around matched words; "…" where it was cut. */
	excerpt: string;
	/** Facet values: article, author, publisher; for a claim also kind and topic. */
	facets: Record<string, string[]>;
}

/** A phrase quoted in the query: as typed (to highlight), and `plain` (to compare). */
export interface Phrase {
	text: string;
	plain: string;
}

/** The word at a location, without surrounding punctuation or a possessive ’s ("Bakiyev’s" → "Bakiyev"). */
const wordAt = (words: string[], i: number) => (words[i] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');

/** The words of the page at these locations, as written, once each (case and accents aside). */
export function matchedWords(words: string[], locations: number[]): string[] {
	const byFold = new Map<string, string>();
	for (const at of locations) {
		const w = wordAt(words, at);
		if (w && !byFold.has(foldName(w))) byFold.set(foldName(w), w);
	}
	return [...byFold.values()];
}

/** How many of the query's words (slots) these matched words cover, and how many exactly as typed. */
export function coverage(found: string[], slots: string[][]): { matched: number; exact: number } {
	// A hyphenated word also as its parts and joined up: "peace-keeping" is "peacekeeping" too.
	const folded = found.flatMap((w) => [foldName(w), ...foldName(w).split('-'), foldName(w).replaceAll('-', '')]);
	return {
		matched: slots.filter((slot) => slot.some((t) => holds(folded, t))).length,
		exact: slots.filter((slot) => slot.some((t) => holds(folded, t, true))).length,
	};
}

/** The page's path with a `?highlight=` per word (twelve at most) and the anchor; only the path is kept, so any origin resolves it. */
export function withHighlight(url: string, words: string[], hash?: string): string {
	const u = new URL(url, 'https://search.invalid');
	u.hash = '';
	u.search = '';
	for (const w of words.slice(0, 12)) u.searchParams.append(HIGHLIGHT_PARAM, w);
	return `${u.pathname}${u.search}${hash ? `#${hash}` : ''}`;
}

/** The page's own URL: raw_url is relative to the site's root, so under a base path it needs it (data.url has it, with Pagefind's query). */
export const pageUrl = (data: PagefindData, base = BASE): string => (data.raw_url ? `${base}${data.raw_url.replace(/^\//, '')}` : data.url);

function facetsOf(data: PagefindData): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const key of FACET_KEYS) {
		const values = data.filters[key];
		if (values?.length) out[key] = values;
	}
	return out;
}

const score = (locations: WeightedLocation[]) => locations.reduce((s, l) => s + l.balanced_score, 0);

/** Lower case, no accents, words separated by single spaces: for comparing phrases with the text. */
const plain = (text: string) =>
	foldName(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * An unquoted query of several words, as one phrase to highlight where a
 * passage has them together ("sphere of influence"), so its "of" is marked
 * there and nowhere else. Undefined for one word or a query with quotes.
 */
export function togetherOf(query: string): Phrase | undefined {
	if (query.includes('"')) return undefined;
	const p = plain(query);
	return p.includes(' ') ? { text: query.replace(/\s+/g, ' ').trim(), plain: p } : undefined;
}

/** An excerpt's text without its markup: tags and entities become spaces, as plain() would make of them. */
const excerptText = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, ' ');

/**
 * The excerpt with "…" where Pagefind cut it from its passage (`section`,
 * the passage's words): at the start unless it begins with the passage's
 * first words, at the end unless it ends with its last.
 */
export function withEllipses(excerpt: string, section: string): string {
	const e = plain(excerptText(excerpt)).split(' ').filter(Boolean);
	const s = ` ${plain(section)} `;
	if (e.length === 0) return excerpt;
	const head = ` ${e.slice(0, 3).join(' ')} `;
	const tail = ` ${e.slice(-3).join(' ')} `;
	return `${s.startsWith(head) ? '' : '…'}${excerpt}${s.endsWith(tail) ? '' : '…'}`;
}

/** The phrases quoted in a query, empty ones dropped. */
export function phrasesOf(query: string): Phrase[] {
	return [...query.matchAll(/"([^"]+)"/g)].map((m) => ({ text: (m[1] ?? '').trim(), plain: plain(m[1] ?? '') })).filter((p) => p.plain);
}

/**
 * Pagefind's sub-results of a reading page, as passages. With `phrases`, a
 * passage must contain each of them, and they are highlighted whole.
 */
export function passagesOf(data: PagefindData, slots: string[][], phrases: Phrase[], together?: Phrase): Hit[] {
	const words = data.content.split(/\s+/);
	const raw = pageUrl(data);
	const title = data.meta.title ?? '';
	const facets = facetsOf(data);
	const subs = data.sub_results.length
		? data.sub_results
		: // A match in the title only (meta): the article itself.
			[{ title, url: raw, excerpt: data.excerpt, locations: [], weighted_locations: [] } as PagefindSubResult];
	const textOf = (locations: number[]) =>
		locations.length ? ` ${plain(words.slice(Math.min(...locations), Math.max(...locations) + 1).join(' '))} ` : '';
	const hasPhrases = (locations: number[]) => locations.length === 0 || phrases.every((p) => textOf(locations).includes(` ${p.plain} `));
	// The words to highlight: the phrases whole, then the other words found, never a function word alone.
	const toHighlight = (found: string[], locations: number[]) => {
		const whole = [...phrases];
		if (together && textOf(locations).includes(` ${together.plain} `)) whole.push(together);
		const inPhrases = new Set(whole.flatMap((p) => p.plain.split(' ')));
		// A word found only through a function word of the query ("officials" for "of") is not what was asked for.
		// A hyphenated word is also asked for joined up ("peace-keeping" for "peacekeeping"), a name's words for the name.
		const asked = (w: string) =>
			slots.some((slot) =>
				slot.some((t) =>
					t
						.split(' ')
						.some((part) => !isFunctionWord(part) && (wordMatches(plain(w), part) || wordMatches(plain(w).replaceAll(' ', ''), part))),
				),
			);
		return [...whole.map((p) => p.text), ...found.filter((w) => !inPhrases.has(plain(w)) && asked(w))];
	};
	// Where each passage starts and ends in the page's words: sub-results start at a titled anchor or a heading.
	const starts = (data.anchors ?? [])
		.filter((a) => a.title !== undefined || /^h\d$/i.test(a.element))
		.map((a) => a.location)
		.sort((a, b) => a - b);
	const sectionOf = (from: number) => words.slice(from, starts.find((l) => l > from) ?? words.length).join(' ');
	return subs
		.filter((sub) => hasPhrases(sub.locations))
		.map((sub) => {
			const anchor = sub.anchor;
			const found = matchedWords(words, sub.locations);
			// A match in the title only has no words in the text: it matches as a whole.
			const { matched, exact } = sub.locations.length ? coverage(found, slots) : { matched: slots.length, exact: 0 };
			const para = /^¶\s*(\d+)(?:\s*·\s*(.+))?$/.exec(sub.title);
			const hit: Hit = {
				kind: 'passage',
				key: `${raw}#${anchor?.id ?? ''}`,
				href: withHighlight(raw, toHighlight(found, sub.locations), anchor?.id),
				matched,
				exact,
				score: score(sub.weighted_locations),
				title,
				excerpt: sub.anchor ? withEllipses(sub.excerpt, sectionOf(sub.anchor.location)) : sub.excerpt,
				position: sub.anchor?.location ?? -1,
				facets,
			};
			if (para) {
				hit.paragraph = Number(para[1]);
				hit.place = `¶ ${para[1]}`;
				if (para[2]) hit.section = para[2];
			} else if (anchor && /^h\d$/i.test(anchor.element)) {
				hit.place = 'Section heading';
				hit.section = sub.title;
			} else if (anchor) {
				hit.place = sub.title;
			} else {
				hit.place = 'Title';
			}
			return hit;
		});
}

/** A claim page; claims keep Pagefind's ranking, which weighs the summary and the quote (meta) above the paragraph. */
export function claimOf(data: PagefindData, score: number): Hit {
	const words = data.content.split(/\s+/);
	const raw = pageUrl(data);
	return {
		kind: 'claim',
		key: raw,
		href: withHighlight(
			raw,
			matchedWords(words, data.locations).filter((w) => !isFunctionWord(plain(w))),
		),
		matched: 0,
		exact: 0,
		score,
		title: data.meta.title ?? raw,
		excerpt: data.excerpt,
		facets: facetsOf(data),
	};
}

/** An article's claims page (a large library's, src/pages/articles/[id]/claims.astro), not one claim's own page. */
export const isClaimsPage = (data: PagefindData): boolean =>
	/\/articles\/[^/]+\/claims\/$/.test(data.raw_url ?? new URL(data.url, 'https://x.invalid').pathname);

/** A claim's own facets, the title of its `<claim>--facets` anchor (src/components/ClaimSection.astro); none if unreadable. */
function claimFacets(data: PagefindData, claim: string): Record<string, string[]> | undefined {
	const title = data.anchors?.find((a) => a.id === `${claim}--facets`)?.title;
	try {
		const parsed: unknown = title ? JSON.parse(title) : undefined;
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		return Object.fromEntries(
			Object.entries(parsed).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((v) => typeof v === 'string')),
		);
	} catch {
		return undefined;
	}
}

/**
 * The claims of an article's claims page that match: each claim is a section, a sub-result of
 * its own, linking to `#<claim>`. The page's filters are the union of its claims'; each hit
 * carries its claim's own (kind, who speaks, topics, names), so a filter narrows claims, not articles.
 */
export function claimsOfPage(data: PagefindData, score: number): Hit[] {
	const words = data.content.split(/\s+/);
	const raw = pageUrl(data);
	const page = facetsOf(data);
	return data.sub_results.flatMap((sub) => {
		const anchor = sub.anchor;
		if (anchor?.element !== 'section' || sub.locations.length === 0) return [];
		const own = claimFacets(data, anchor.id);
		if (!own) return [];
		return [
			{
				kind: 'claim',
				key: `${raw}#${anchor.id}`,
				href: withHighlight(
					raw,
					matchedWords(words, sub.locations).filter((w) => !isFunctionWord(plain(w))),
					anchor.id,
				),
				matched: 0,
				exact: 0,
				// The page's score shared by its claims, each ahead by its own matches: the best claims of the best articles first.
				score: score + score * 1e-3 * sub.weighted_locations.reduce((t, l) => t + l.balanced_score, 0),
				title: sub.title,
				excerpt: sub.excerpt,
				facets: { article: page.article ?? [], author: page.author ?? [], publisher: page.publisher ?? [], ...own },
			} satisfies Hit,
		];
	});
}

/** Sort order: more query words held, then more as typed, then Pagefind's score. */
export const better = (a: Hit, b: Hit) => b.matched - a.matched || b.exact - a.exact || b.score - a.score;
