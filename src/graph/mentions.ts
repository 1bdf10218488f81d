import type { EntityData, Place } from '../schemas/entity';
import { ENTITY_TYPES } from '../schemas/entity';
import { toEntityId, type EntityId } from '../shared/entity-id';
import { ContentError, type Problem } from '../shared/errors';
import { foldName } from '../shared/fold-name';
import type { ArticleId, ClaimRef } from '../shared/ids';
import type { EntityIndex, EntityNode, Mention } from './entity-types';
import { longestMatchLosers } from './longest-match';
import { findWords, inContext, placeName, placeOrder, placesOf, type PlaceText } from './places';
import { closestPassage } from './quote';
import type { ClaimGraph } from './types';

/**
 * Finds every entity's mentions in every article and checks the entries
 * against the texts, in one pass: each spelling stands somewhere as whole
 * words, outside the longer spellings of other entities, and belongs to one
 * entity only; each declared mention and each quoted description is where
 * it says, each expansion is the text's own.
 * Any problem stops the build, naming the file, the entity and the words.
 */
export function buildEntityIndex(
	graph: Pick<ClaimGraph, 'articles' | 'claimsByArticle'>,
	entries: EntityData[],
	file: string,
): EntityIndex {
	const problems: Problem[] = [];
	const places = new Map(graph.articles.map((a) => [a.id, placesOf(a)]));
	const owner = new Map<string, string>();
	const variantOwner = new Map<string, string>();
	const ids = new Set<string>();
	const located: Located[] = [];

	for (const entry of entries) {
		const at = entry.id;
		if (ids.has(entry.id)) problems.push({ file, at, expected: 'each entity id once', found: 'it twice' });
		ids.add(entry.id);
		for (const spelling of entry.spellings) {
			const key = foldName(spelling);
			const other = owner.get(key);
			if (other !== undefined && other !== entry.id) {
				problems.push({
					file,
					at: `${at} › spellings`,
					expected: 'a spelling that names one entity only',
					found: `"${spelling}", ambiguous: also a spelling of ${other}`,
					hint: 'keep it for one entity; place the other entity’s mentions by hand under mentions:',
				});
			}
			owner.set(key, entry.id);
		}
		for (const variant of entry.search?.variants ?? []) {
			const key = foldName(variant);
			const other = variantOwner.get(key);
			if (other !== undefined && other !== entry.id) {
				problems.push({
					file,
					at: `${at} › search › variants`,
					expected: 'each search spelling in one entity only',
					found: `"${variant}", also a variant of ${other}`,
					hint: 'merge the two, or remove the spelling from one of them',
				});
			}
			variantOwner.set(key, entry.id);
		}
		located.push(locate(entry, places, file, problems));
	}
	const losers = longestMatchLosers(located.flatMap((l) => l.found.flatMap((f) => f.mentions)));
	const nodes = located.map((l) => {
		problems.push(...onlyInsideLonger(l, losers, file));
		const kept = l.found.flatMap((f) => f.mentions).filter((m) => !losers.has(m));
		return node(l.entry, toEntityId(l.entry.id), graph, dedupe([...kept, ...l.declared]));
	});
	if (problems.length)
		throw new ContentError(problems, 'Every entity is checked against the texts: its spellings, mentions and quoted words.');

	const typeRank = (t: EntityNode['type']) => ENTITY_TYPES.indexOf(t);
	nodes.sort(
		(a, b) =>
			Number(b.counts.size > 1) - Number(a.counts.size > 1) || typeRank(a.type) - typeRank(b.type) || a.label.localeCompare(b.label),
	);
	const byArticle = new Map<ArticleId, EntityNode[]>(graph.articles.map((a) => [a.id, []]));
	for (const node of nodes) for (const article of node.counts.keys()) byArticle.get(article)?.push(node);
	for (const [article, list] of byArticle)
		list.sort((a, b) => (b.counts.get(article) ?? 0) - (a.counts.get(article) ?? 0) || a.label.localeCompare(b.label));
	const byClaim = new Map<ClaimRef, EntityNode[]>();
	for (const node of nodes) for (const ref of node.involvedIn) byClaim.set(ref, [...(byClaim.get(ref) ?? []), node]);
	return { file, entities: nodes, byId: new Map(nodes.map((n) => [n.id, n])), byArticle, byClaim };
}

/** An entry's mentions before the entities meet: those each spelling finds, and those placed by hand. */
interface Located {
	entry: EntityData;
	found: { spelling: string; mentions: Mention[] }[];
	declared: Mention[];
}

function locate(entry: EntityData, places: Map<ArticleId, PlaceText[]>, file: string, problems: Problem[]): Located {
	const id = toEntityId(entry.id);
	const found: Located['found'] = [];
	const declaredMentions: Mention[] = [];
	const known = (article: string, at: string): PlaceText[] | undefined => {
		const found = places.get(article as ArticleId);
		if (found === undefined) {
			problems.push({
				file,
				at,
				expected: 'the id of an article',
				found: `"${article}"`,
				hint: `articles: ${[...places.keys()].join(', ')}`,
			});
		}
		return found;
	};
	const add = (
		into: Mention[],
		article: ArticleId,
		place: Place,
		spans: { start: number; end: number }[],
		text: string,
		declared: boolean,
	) => {
		for (const s of spans)
			into.push({
				entity: id,
				article,
				place,
				...s,
				surface: text.slice(s.start, s.end),
				context: inContext(text, s),
				declared,
				claims: [],
			});
	};

	for (const spelling of entry.spellings) {
		const mentions: Mention[] = [];
		for (const [article, list] of places) {
			for (const place of list) add(mentions, article, place.place, findWords(place, spelling), place.text, false);
		}
		found.push({ spelling, mentions });
		if (mentions.length === 0) {
			problems.push({
				file,
				at: `${entry.id} › spellings`,
				expected: 'a spelling that stands in a text as whole words (case as written)',
				found: `"${spelling}", found in no text`,
				hint: 'check it against the text; words the spellings cannot find go under mentions:, by place and exact span',
			});
		}
	}
	for (const declared of entry.mentions) {
		const at = `${entry.id} › mentions › ${declared.article} ${placeName(declared.in)}`;
		const list = known(declared.article, at);
		if (list === undefined) continue;
		const place = list.find((p) => p.place === declared.in);
		const spans = place ? findWords(place, declared.text) : [];
		if (place === undefined || spans.length === 0) {
			problems.push({
				file,
				at,
				expected: 'the exact words, whole, in that place',
				found: `"${declared.text}", which is not in ${placeName(declared.in)} of ${declared.article}`,
				hint: place
					? `the closest passage there is "${closestPassage([place.text], declared.text)}"`
					: `${declared.article} has no ${placeName(declared.in)}`,
			});
			continue;
		}
		add(declaredMentions, declared.article as ArticleId, declared.in, spans, place.text, true);
	}
	for (const [i, quoted] of [...entry.described, ...(entry.expansion ? [entry.expansion] : [])].entries()) {
		const isExpansion = i === entry.described.length;
		const at = `${entry.id} › ${isExpansion ? 'expansion' : `described › ${quoted.article}`}`;
		const list = known(quoted.article, at);
		if (list === undefined) continue;
		const words = isExpansion ? [quoted.words, entry.spellings[0] ?? ''] : [quoted.words];
		for (const w of words.filter((w) => !list.some((p) => findWords(p, w).length > 0))) {
			problems.push({
				file,
				at,
				expected: isExpansion
					? 'the expansion and the abbreviation (the first spelling), each in the article'
					: 'the article’s own words, exactly',
				found: `"${w}", which is not in ${quoted.article}`,
				hint: `the closest passage is "${closestPassage(
					list.map((p) => p.text),
					w,
				)}"`,
			});
		}
	}
	return { entry, found, declared: declaredMentions };
}

/** A spelling whose every match lost its words to a longer spelling of another entity names nothing. */
function onlyInsideLonger(l: Located, losers: Map<Mention, Mention>, file: string): Problem[] {
	return l.found.flatMap(({ spelling, mentions }) => {
		const winners = mentions.map((m) => losers.get(m));
		if (winners.length === 0 || winners.includes(undefined)) return [];
		const inside = new Set(winners.map((w) => w && `"${w.surface}" (${w.entity}, ${w.article} ${placeName(w.place)})`));
		return [
			{
				file,
				at: `${l.entry.id} › spellings`,
				expected: 'a spelling that stands somewhere outside the longer spellings of other entities',
				found: `"${spelling}", found only inside ${[...inside].join(', ')}`,
				hint: 'the longest match wins: a name inside a longer name is part of that name; if the text also means this entity there, place it by hand under mentions:',
			},
		];
	});
}

/**
 * A shorter spelling inside a longer one of the same entity ("Bordyuzha" in "Nikolai Bordyuzha") is one
 * mention, and words both found by a spelling and placed by hand are one: the found one, listed first.
 */
function dedupe(mentions: Mention[]): Mention[] {
	const kept = mentions.filter(
		(m) =>
			!mentions.some(
				(o) =>
					o !== m &&
					o.article === m.article &&
					o.place === m.place &&
					o.start <= m.start &&
					o.end >= m.end &&
					o.end - o.start > m.end - m.start,
			),
	);
	const seen = new Set<string>();
	return kept.filter((m) => {
		const key = `${m.article} ${m.place} ${m.start}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function node(entry: EntityData, id: EntityId, graph: Pick<ClaimGraph, 'articles' | 'claimsByArticle'>, mentions: Mention[]): EntityNode {
	const order = new Map(graph.articles.map((a, i) => [a.id, i]));
	mentions.sort(
		(a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || placeOrder(a.place) - placeOrder(b.place) || a.start - b.start,
	);
	const involved = new Set<ClaimRef>();
	for (const m of mentions) {
		const claims = graph.claimsByArticle.get(m.article) ?? [];
		m.claims = claims.filter((c) => c.paragraph === m.place && c.start < m.end && m.start < c.end).map((c) => c.ref);
		for (const ref of m.claims) involved.add(ref);
	}
	const names = new Set([entry.label, ...entry.spellings].map(foldName));
	const attributed = [...graph.claimsByArticle.values()].flat().filter((c) => c.attribution && names.has(foldName(c.attribution.name)));
	const counts = new Map<ArticleId, number>();
	for (const m of mentions) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
	return {
		id,
		type: entry.type,
		label: entry.label,
		spellings: entry.spellings,
		described: entry.described,
		...(entry.expansion ? { expansion: entry.expansion } : {}),
		...(entry.search ? { search: entry.search } : {}),
		mentions,
		counts,
		involvedIn: [...involved],
		attributed: attributed.map((c) => c.ref),
	};
}
