import type { Urls } from '../shared/urls';
import type { EntityIndex } from '../graph/entity-types';
import type { Chronology, EventNode } from '../graph/event-types';
import { placeFragment } from '../graph/places';
import type { ClaimGraph } from '../graph/types';

/** `/entities.json`: the public shape of the entity index (docs/urls-and-data.md). */
export function entitiesToJson(index: EntityIndex, graph: Pick<ClaimGraph, 'articles'>, urls: Urls): Record<string, unknown> {
	return {
		articles: graph.articles.map((a) => ({ id: a.id, title: a.data.title, url: urls.article(a.id) })),
		entities: index.entities.map((e) => ({
			id: e.id,
			type: e.type,
			label: e.label,
			url: urls.entity(e.id),
			spellings: e.spellings,
			described: e.described.map((d) => ({ article: d.article, words: d.words })),
			expansion: e.expansion ? { article: e.expansion.article, words: e.expansion.words } : null,
			counts: Object.fromEntries(graph.articles.map((a) => [a.id, e.counts.get(a.id) ?? 0])),
			mentions: e.mentions.map((m) => ({
				article: m.article,
				place: typeof m.place === 'number' ? 'paragraph' : m.place,
				paragraph: typeof m.place === 'number' ? m.place : null,
				start: m.start,
				end: m.end,
				text: m.surface,
				declared: m.declared,
				url: `${urls.article(m.article)}#${placeFragment(m.place)}`,
				claims: m.claims,
			})),
			claims: e.involvedIn,
			attributedClaims: e.attributed,
		})),
	};
}

/** `/events.json`: the public shape of the chronology (docs/urls-and-data.md). */
export function eventsToJson(chronology: Chronology, urls: Urls): Record<string, unknown> {
	const one = (e: EventNode) => ({
		id: e.id,
		label: e.label,
		article: e.article,
		words: e.words,
		date: e.date ?? null,
		precision: e.precision ?? null,
		dateBounds: e.earliest || e.latest ? { earliest: e.earliest ?? null, latest: e.latest ?? null } : null,
		span: e.span ?? null,
		relative: e.relative ?? null,
		basis: e.basis ?? null,
		sources: e.sources ?? null,
		passages: e.passages.map((p) => ({
			place: typeof p === 'number' ? 'paragraph' : p,
			paragraph: typeof p === 'number' ? p : null,
			url: `${urls.article(e.article)}#${placeFragment(p)}`,
		})),
		claims: e.claims,
		entities: e.entities,
		url: `${urls.timeline()}#e-${e.id}`,
	});
	return { dated: chronology.dated.map(one), relative: chronology.relative.map(one), undated: chronology.undated.map(one) };
}
