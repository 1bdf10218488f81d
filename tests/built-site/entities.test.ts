import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SEARCH_EXCLUDED } from '../../src/shared/search-excluded';
import { ROOT } from '../support/capture';
import { graph, urls } from './content';
import { elements, fileFor, parsePage } from './site';

/**
 * The entity pages against the built reading pages, computed here from the
 * text a reader sees, independently of the build's own finder: for each
 * entity, its spellings are counted as whole words in each place of each
 * reading page (regular expressions over the rendered HTML, not the graph's
 * folded Markdown), less those inside a longer spelling of another entity,
 * plus the mentions declared by hand; each entity page must
 * list exactly that many per article, and each listed link must land on a
 * place holding the words it highlights.
 */
interface Entry {
	id: string;
	spellings: string[];
	mentions?: { article: string; in: number | string; text: string }[];
}
const entries = parseYaml(readFileSync(join(ROOT, 'content', 'entities.yaml'), 'utf8')) as Entry[];

const EXCLUDED = new Set(SEARCH_EXCLUDED.map((s) => s.slice(1)));
/** The author's words of an element: without what the site adds (numbers, notes, [sic] marks, the caption's label). */
function wordsOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	const classes = (node.properties.className as string[] | undefined) ?? [];
	if (classes.some((c) => EXCLUDED.has(c)) || node.properties.dataPagefindIgnore !== undefined) return '';
	return node.children.map(wordsOf).join('');
}

/** Each place of a reading page (`p-N`, `caption`, `note`) with its words, quote marks folded as editors type them. */
function placesOf(article: string): Map<string, string> {
	const file = fileFor(urls.article(article)) as string;
	const places = elements(parsePage(file), (el) => /^(p-\d+|caption|note)$/.test(String(el.properties.id ?? '')));
	return new Map(places.map((el: Element) => [String(el.properties.id), foldQuotes(wordsOf(el)).replace(/\s+/g, ' ')]));
}

const foldQuotes = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldQuotes(words))}(?![\\p{L}\\p{N}])`, 'gu');

type Span = readonly [start: number, end: number];

/** Where each entry's spellings stand in a place, as whole words. */
function spellingSpans(text: string): { id: string; spans: Span[] }[] {
	return entries.map((e) => ({
		id: e.id,
		spans: e.spellings.flatMap((s) => [...text.matchAll(wholeWords(s))].map((m) => [m.index, m.index + foldQuotes(s).length] as const)),
	}));
}

/**
 * The spans of `entry`'s spellings that another entity's longer spelling does not take: where two
 * entities' spellings overlap, the longest wins ("US Army" inside "US Army War College" is the
 * College's), then the leftmost.
 */
function survivingSpans(entry: Entry, text: string): Span[] {
	const all = spellingSpans(text).flatMap(({ id, spans }) => spans.map((span) => ({ id, span })));
	all.sort((x, y) => y.span[1] - y.span[0] - (x.span[1] - x.span[0]) || x.span[0] - y.span[0] || x.id.localeCompare(y.id));
	const kept: typeof all = [];
	for (const m of all) if (!kept.some((k) => k.id !== m.id && k.span[0] < m.span[1] && m.span[0] < k.span[1])) kept.push(m);
	return kept.filter((k) => k.id === entry.id).map((k) => k.span);
}

function expectedCount(entry: Entry, article: string): number {
	let n = 0;
	for (const [id, text] of placesOf(article)) {
		const spans = survivingSpans(entry, text);
		// A spelling inside a longer one of the same entity ("Medvedev" in "Dmitry Medvedev") is one mention.
		const starts = new Set(spans.filter(([a, b]) => !spans.some(([c, d]) => c <= a && d >= b && d - c > b - a)).map(([a]) => a));
		// Words placed by hand that a spelling also found are one mention.
		for (const m of entry.mentions ?? []) {
			const place = typeof m.in === 'number' ? `p-${m.in}` : m.in === 'caption' ? 'caption' : 'note';
			if (m.article === article && place === id) for (const found of text.matchAll(wholeWords(m.text))) starts.add(found.index);
		}
		n += starts.size;
	}
	return n;
}

describe('entity pages list exactly the mentions the texts hold', () => {
	it('covers every entity of content/entities.yaml', () => {
		expect(entries.length).toBeGreaterThan(40);
		for (const e of entries) expect(fileFor(urls.entity(e.id)), e.id).toBeDefined();
	});

	for (const entry of entries) {
		it(`${entry.id}: per article, the count computed from the reading pages`, () => {
			const page = parsePage(fileFor(urls.entity(entry.id)) as string);
			let total = 0;
			for (const article of graph.articles) {
				const column = elements(page, (el) => el.tagName === 'section' && el.properties.dataArticle === article.id)[0];
				const listed = column ? elements({ type: 'root', children: [column] }, (el) => el.tagName === 'li').length : 0;
				const expected = expectedCount(entry, article.id);
				expect(listed, `${entry.id} in ${article.id}`).toBe(expected);
				total += expected;
			}
			expect(total, `${entry.id} is named somewhere`).toBeGreaterThan(0);
		});
	}

	it('every mention link lands on a place that holds its highlighted words', () => {
		let links = 0;
		for (const entry of entries) {
			const page = parsePage(fileFor(urls.entity(entry.id)) as string);
			for (const a of elements(page, (el) => el.tagName === 'a' && String(el.properties.href ?? '').includes('?highlight='))) {
				const url = new URL(String(a.properties.href), 'http://site.test');
				const article = /^\/articles\/([^/]+)\/$/.exec(url.pathname)?.[1] as string;
				const text = placesOf(article).get(url.hash.slice(1));
				expect(text, `${url.pathname}${url.hash}`).toBeDefined();
				for (const word of url.searchParams.getAll('highlight'))
					expect(text, `${entry.id}: ${word} in ${url.hash}`).toMatch(wholeWords(word));
				links += 1;
			}
		}
		expect(links).toBeGreaterThan(200);
	});
});

describe('the timeline links each event to its passages', () => {
	it('every passage link lands on a place that holds the highlighted words, and the list is in time order', () => {
		const page = parsePage(fileFor(urls.timeline()) as string);
		const links = elements(page, (el) => el.tagName === 'a' && /^\/articles\/[^/]+\/[?#]/.test(String(el.properties.href ?? '')));
		expect(links.length).toBeGreaterThan(15);
		for (const a of links) {
			const url = new URL(String(a.properties.href), 'http://site.test');
			const article = /^\/articles\/([^/]+)\/$/.exec(url.pathname)?.[1] as string;
			const text = placesOf(article).get(url.hash.slice(1));
			expect(text, `${url.pathname}${url.hash}`).toBeDefined();
			for (const word of url.searchParams.getAll('highlight'))
				expect(text, `${word} in ${url.pathname}${url.hash}`).toMatch(wholeWords(word));
		}
		// The events' own dates (the publications, placed by their bounds, are checked in tests/unit/timeline.test.ts).
		const dated = elements(
			page,
			(el) =>
				el.tagName === 'li' &&
				String(el.properties.id ?? '').startsWith('e-') &&
				!!elements({ type: 'root', children: [el] }, (t) => t.tagName === 'time').length,
		);
		const datetimes = dated.map((li) =>
			String(elements({ type: 'root', children: [li] }, (t) => t.tagName === 'time')[0]?.properties.dateTime),
		);
		// Each precision's first day, the way a reader would order them; equal first days keep the list's order.
		const start = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
		expect(datetimes.length).toBeGreaterThan(5);
		expect([...datetimes].sort((a, b) => start(a).localeCompare(start(b)))).toEqual(datetimes);
	});
});
