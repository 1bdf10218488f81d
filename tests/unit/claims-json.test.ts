import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../support/fixture-content';
import { claimsToJson, type ClaimsJson } from '../../src/exports/claims-json';
import { makeUrls } from '../../src/shared/urls';

/** `/claims.json` is a public contract: its shape is checked key by key, in order. */
const graph = fixtureGraph();
const json: ClaimsJson = claimsToJson(graph, makeUrls('/', graph.plan));
const PARTIAL_ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('claims.json', () => {
	it('has exactly the contract keys, in order', () => {
		expect(Object.keys(json)).toEqual(['articles', 'claims', 'relations', 'relationTypes']);
		for (const article of json.articles) {
			expect(Object.keys(article)).toEqual(['id', 'title', 'author', 'organisation', 'date', 'url', 'dateBounds', 'host']);
			expect(Object.keys(article.author)).toEqual(['name', 'affiliation']);
			expect(Object.keys(article.organisation)).toEqual(['name', 'certainty']);
			const source = graph.articleById.get(article.id as never)?.data;
			expect(article.organisation.certainty).toBe(source?.organisation.certainty);
			expect(article.dateBounds).toEqual({ earliest: source?.published.earliest ?? null, latest: source?.published.latest ?? null });
			for (const bound of [article.dateBounds.earliest, article.dateBounds.latest]) if (bound !== null) expect(bound).toMatch(PARTIAL_ISO);
			expect(article.host).toEqual(
				source?.host ? { name: source.host.name, url: source.host.url, certainty: source.host.certainty } : null,
			);
			for (const value of [
				article.id,
				article.title,
				article.author.name,
				article.author.affiliation,
				article.organisation.name,
				article.date,
				article.url,
			]) {
				expect(typeof value).toBe('string');
			}
		}
		for (const claim of json.claims) {
			expect(Object.keys(claim)).toEqual(['id', 'article', 'summary', 'quote', 'kind', 'topics', 'url', 'paragraph', 'attributedTo']);
			expect(Array.isArray(claim.topics)).toBe(true);
		}
		for (const relation of json.relations) {
			expect(Object.keys(relation)).toEqual(['from', 'to', 'type', 'note']);
		}
	});

	it('survives a round trip through JSON unchanged (no undefined, no Maps)', () => {
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('lists every article, oldest first, with its partial ISO date as in the frontmatter', () => {
		expect(json.articles.map((a) => a.id).sort()).toEqual(graph.articles.map((a) => a.id).sort());
		const dates = json.articles.map((a) => a.date);
		expect(dates).toEqual([...dates].sort());
		for (const article of json.articles) {
			expect(article.date).toMatch(PARTIAL_ISO);
			const source = graph.articles.find((a) => a.id === article.id);
			expect(article.date).toBe(source?.data.published.date);
			expect(article.url).toBe(`/articles/${article.id}/`);
		}
	});

	it('lists every claim once, with its mark in the reading page as its url', () => {
		expect(json.claims).toHaveLength(graph.claims.length);
		const ids = json.claims.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const claim of json.claims) {
			const [article, id] = claim.id.split('/');
			expect(claim.article).toBe(article);
			expect(claim.url).toBe(`/articles/${article}/#claim-${id}`);
			expect(claim.topics.length).toBeGreaterThan(0);
			for (const topic of claim.topics) expect(graph.topics.map((t) => t.id)).toContain(topic);
		}
	});

	// Whether relations are valid is buildClaimGraph's to refuse (claim-graph.test.ts); here, that each reaches the file.
	it('lists every relation the frontmatter declares, once, with its note', () => {
		const declared = graph.articles.flatMap((a) =>
			a.data.claims.flatMap((c) => c.relations.map((r) => ({ from: `${a.id}/${c.id}`, to: r.target, type: r.type, note: r.note }))),
		);
		expect(declared.length).toBeGreaterThan(0);
		expect(json.relations).toEqual(expect.arrayContaining(declared));
		expect(json.relations).toHaveLength(declared.length);
	});

	it("gives each claim its attribution as the graph has it, null for the author's own", () => {
		for (const claim of json.claims) {
			const node = graph.byRef.get(claim.id as never);
			if (node?.attribution === undefined) {
				expect(claim.attributedTo, claim.id).toBeNull();
			} else {
				expect(claim.attributedTo, claim.id).toEqual(node.attribution);
				expect(Object.keys(claim.attributedTo ?? {}).every((k) => k === 'name' || k === 'manner')).toBe(true);
			}
		}
	});

	it('gives each claim the paragraph its quote stands in, as the reading page numbers it', () => {
		for (const claim of json.claims) {
			const node = graph.byRef.get(claim.id as never);
			expect(claim.paragraph, claim.id).toBe(node?.paragraph);
			expect(claim.paragraph).toBeGreaterThan(0);
		}
	});

	it('states the vocabulary of every relation type it uses', () => {
		for (const relation of json.relations) expect(Object.keys(json.relationTypes)).toContain(relation.type);
		for (const meta of Object.values(json.relationTypes)) {
			expect(Object.keys(meta)).toEqual(['label', 'inverse', 'inverseLabel', 'definition']);
			for (const v of Object.values(meta)) expect(v.trim()).not.toBe('');
		}
	});

	it('builds urls under a base path', () => {
		const based = claimsToJson(graph, makeUrls('/companion/', graph.plan));
		expect(based.articles[0]?.url).toMatch(/^\/companion\/articles\/[a-z0-9-]+\/$/);
		expect(based.claims[0]?.url).toMatch(/^\/companion\/articles\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
	});
});
