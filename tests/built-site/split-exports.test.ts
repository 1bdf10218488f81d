import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graph } from './content';
import { DIST } from './site';

const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

describe('the complete exports, also split per article', () => {
	const whole = read('annotations.jsonld') as { total: number; first: { items: { id: string; target: { source: string } }[] } };

	it('each article’s annotations are its claims’, and together they are the whole collection', () => {
		const parts = graph.articles.map((a) => ({ article: a.id, part: read(`annotations/${a.id}.jsonld`) as typeof whole }));
		for (const { article, part } of parts) {
			expect(part.total).toBe(graph.claimsByArticle.get(article)?.length);
			for (const item of part.first.items) expect(item.target.source).toMatch(new RegExp(`/articles/${article}/$`));
		}
		const ids = parts.flatMap(({ part }) => part.first.items.map((i) => i.id));
		expect(ids).toEqual(whole.first.items.map((i) => i.id));
		expect(ids.length).toBe(whole.total);
	});

	it('each article’s claims.json part holds its claims, and together they are /claims.json’s', () => {
		const all = read('claims.json') as { claims: { id: string }[] };
		const ids = graph.articles.flatMap((a) => (read(`claims/${a.id}.json`) as typeof all).claims.map((c) => c.id));
		expect(ids).toEqual(all.claims.map((c) => c.id));
	});
});

describe('the exports, lean', () => {
	const files = [
		'annotations.jsonld',
		'claims.json',
		'claims.aif.json',
		...graph.articles.flatMap((a) => [`annotations/${a.id}.jsonld`, `claims/${a.id}.json`, `cite/${a.id}.json`]),
	];

	it('are written unindented, on one line, and parse back', () => {
		for (const file of files) {
			const text = readFileSync(join(DIST, file), 'utf8');
			expect(text.trimEnd(), file).not.toContain('\n');
			expect(() => JSON.parse(text) as unknown, file).not.toThrow();
		}
	});

	it('name the annotations’ creator once, on each collection, in the W3C context', () => {
		for (const file of ['annotations.jsonld', ...graph.articles.map((a) => `annotations/${a.id}.jsonld`)]) {
			const collection = read(file) as { '@context': string; type: string; creator: unknown; first: { items: object[] } };
			expect(collection['@context'], file).toBe('http://www.w3.org/ns/anno.jsonld');
			expect(collection.type, file).toBe('AnnotationCollection');
			expect(collection.creator, file).toEqual({ type: 'Software', name: 'UN–CSTO Reading Companion' });
			expect(collection.first.items.length, file).toBeGreaterThan(0);
			for (const item of collection.first.items) {
				expect(item, file).toMatchObject({ type: 'Annotation', motivation: 'highlighting' });
				expect(item, file).not.toHaveProperty('creator');
			}
		}
	});
});
