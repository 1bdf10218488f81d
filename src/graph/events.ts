import type { EventData } from '../schemas/event';
import { eventPeriod, eventPrecision } from '../schemas/event-date';
import { periodOf } from '../schemas/partial-date';
import { isEntityId } from '../shared/entity-id';
import { ContentError, type Problem } from '../shared/errors';
import { claimRef, isArticleId, isClaimId, type ArticleId } from '../shared/ids';
import type { EntityIndex } from './entity-types';
import type { Chronology, EventNode } from './event-types';
import { findWords, placeName, placeOrder, placesOf } from './places';
import { closestPassage } from './quote';
import type { ClaimGraph } from './types';

/**
 * Checks each event against its text and the content it names, and orders
 * them: its words stand in one of its passages, its claims and entities
 * exist, its bounds lie inside its date, a relative date depends on something
 * that exists, a date says how it is known. Any problem stops the build.
 */
export function buildChronology(
	graph: Pick<ClaimGraph, 'articles' | 'byRef'>,
	entities: Pick<EntityIndex, 'byId'>,
	entries: EventData[],
	file: string,
): Chronology {
	const problems: Problem[] = [];
	const ids = new Set(entries.map((e) => e.id));
	const seen = new Set<string>();
	const nodes: EventNode[] = [];
	const articles = new Map(graph.articles.map((a) => [a.id, a]));
	for (const e of entries) {
		const at = e.id;
		const add = (where: string, expected: string, found: string, hint?: string) =>
			problems.push({ file, at: where ? `${at} › ${where}` : at, expected, found, ...(hint ? { hint } : {}) });
		if (seen.has(e.id)) add('', 'each event id once', 'it twice');
		seen.add(e.id);
		const article = isArticleId(e.article) ? articles.get(e.article) : undefined;
		if (!article) {
			add('article', 'the id of an article', `"${e.article}"`, `articles: ${[...articles.keys()].join(', ')}`);
			continue;
		}
		const places = placesOf(article);
		const passages = places.filter((p) => e.passages.includes(p.place));
		for (const missing of e.passages.filter((p) => !places.some((q) => q.place === p))) {
			add('passages', `a place of ${e.article}`, `${placeName(missing)}, which it does not have`);
		}
		if (!passages.some((p) => findWords(p, e.words).length > 0)) {
			add(
				'words',
				`the text's own words, exactly, in ${e.passages.map(placeName).join(' or ')} of ${e.article}`,
				`"${e.words}"`,
				passages.length
					? `the closest passage is "${closestPassage(
							passages.map((p) => p.text),
							e.words,
						)}"`
					: undefined,
			);
		}
		const claims = e.claims.map((c) => (isClaimId(c) ? claimRef(article.id, c) : undefined));
		for (const [i, ref] of claims.entries()) {
			if (ref === undefined || !graph.byRef.has(ref)) add('claims', `the id of a claim of ${e.article}`, `"${e.claims[i]}"`);
		}
		for (const id of e.entities.filter((id) => !(isEntityId(id) && entities.byId.has(id))))
			add('entities', 'the id of an entity', `"${id}"`);
		if (e.relative && e.relative.to !== 'publication' && !ids.has(e.relative.to)) {
			add('relative › to', '"publication" or the id of an event', `"${e.relative.to}"`);
		}
		if (e.date && !e.basis) add('basis', 'how the date is known: text, inferred or sources', 'nothing (the field is missing)');
		const period = e.date ? eventPeriod(e.date) : undefined;
		for (const [name, bound] of [
			['earliest', e.earliest],
			['latest', e.latest],
		] as const) {
			if (bound && period && (periodOf(bound).end < period.start || periodOf(bound).start > period.end)) {
				add(name, `a bound inside the date ${e.date}`, `"${bound}"`);
			}
		}
		if (e.earliest && e.latest && periodOf(e.earliest).start > periodOf(e.latest).end)
			add('latest', 'a bound after earliest', `"${e.latest}"`);
		nodes.push(
			nodeOf(
				e,
				article.id,
				claims.filter((c) => c !== undefined),
			),
		);
	}
	if (problems.length) throw new ContentError(problems, 'Every event is checked against its text, its claims and the entities.');

	const order = new Map(graph.articles.map((a, i) => [a.id, i]));
	const textOrder = (a: EventNode, b: EventNode) =>
		(order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || placeOrder(a.passages[0] ?? 1) - placeOrder(b.passages[0] ?? 1);
	const dated = nodes.filter((n) => n.span).sort((a, b) => compareSpans(a, b) || textOrder(a, b));
	const relative = nodes.filter((n) => !n.span && n.relative).sort(textOrder);
	const undated = nodes.filter((n) => !n.span && !n.relative).sort(textOrder);
	return { file, dated, relative, undated, byId: new Map(nodes.map((n) => [n.id, n])) };
}

function compareSpans(a: EventNode, b: EventNode): number {
	const [x, y] = [a.span, b.span];
	if (!x || !y) return 0;
	return x.start.localeCompare(y.start) || x.end.localeCompare(y.end);
}

function nodeOf(e: EventData, article: ArticleId, claims: EventNode['claims']): EventNode {
	let span: EventNode['span'];
	if (e.date) {
		const p = eventPeriod(e.date);
		// Bounds narrow the date's own period; never widen it.
		const start = e.earliest && periodOf(e.earliest).start > p.start ? periodOf(e.earliest).start : p.start;
		const end = e.latest && periodOf(e.latest).end < p.end ? periodOf(e.latest).end : p.end;
		span = { start, end };
	}
	return {
		id: e.id,
		label: e.label,
		article,
		words: e.words,
		passages: e.passages,
		...(e.date ? { date: e.date, precision: eventPrecision(e.date) } : {}),
		...(e.earliest ? { earliest: e.earliest } : {}),
		...(e.latest ? { latest: e.latest } : {}),
		...(e.relative ? { relative: e.relative } : {}),
		...(e.basis ? { basis: e.basis } : {}),
		...(e.sources ? { sources: e.sources } : {}),
		claims,
		entities: e.entities,
		...(span ? { span } : {}),
	};
}
