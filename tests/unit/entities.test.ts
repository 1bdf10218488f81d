import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntityIndex } from '../../src/loaders/read-entities';
import { entitiesToJson } from '../../src/graph/entities-json';
import { readNames } from '../../src/loaders/read-names';
import { makeUrls } from '../../src/shared/urls';
import { ROOT } from '../support/capture';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';

const graph = fixtureGraph();
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'entities');

function indexOf(name: string) {
	return readEntityIndex(FIXTURE_CONTENT, ROOT, graph, join(FIXTURES, `${name}.yaml`));
}

function messageOf(name: string): string {
	try {
		indexOf(name);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`${name} was accepted`);
}

describe('entities: mentions located in the texts', () => {
	it('finds each spelling as whole words, and a shorter spelling inside a longer one once', () => {
		const index = readEntityIndex(FIXTURE_CONTENT, ROOT, graph);
		const [petrov] = index.entities;
		expect(petrov?.mentions.map((m) => [m.article, m.place, m.surface])).toEqual([
			['alpha-2009', 2, 'Ivan Petrov'],
			['beta-2010', 1, 'Ivan Petroff'],
		]);
		// Beta's claim is Petroff's, by attributedTo; the quote that follows his name does not hold it.
		expect(petrov?.attributed).toEqual(['beta-2010/declaration-signed']);
	});

	it('adds the declared mentions, and links the claims whose quote holds a mention', () => {
		const index = indexOf('valid-declared');
		const petrov = index.byId.get('ivan-petrov' as never);
		expect(petrov?.mentions.filter((m) => m.declared).map((m) => m.surface)).toEqual(['its secretary-general']);
		const bloc = index.byId.get('the-bloc' as never);
		// "bloc" is in "bloc's" (whole word before the apostrophe), never inside "blocs" or "Bloc".
		const perArticle = Object.fromEntries(bloc?.counts ?? []);
		expect(perArticle).toEqual({ 'alpha-2009': 4, 'beta-2010': 2 });
		expect(bloc?.involvedIn).toContain('alpha-2009/accord-planned');
		// Shared entities come first.
		expect(index.entities[0]?.counts.size).toBe(2);
	});

	it('gives search its name groups from the entities', () => {
		expect(readNames(FIXTURE_CONTENT, ROOT)).toEqual([
			{ name: 'Ivan Petrov', variants: ['Petrov', 'Petroff'], note: 'Alpha writes Petrov; Beta writes Petroff.' },
		]);
	});
});

describe('entities: the build refuses, naming file, entity and words', () => {
	it.each([
		['spelling-not-found', ['› ivan-petrov › spellings', '"Ivan Petrova", found in no text']],
		['spelling-wrong-case', ['› the-bloc › spellings', '"Bloc", found in no text']],
		['ambiguous-spelling', ['› ivan-petroff › spellings', '"Ivan Petrov", ambiguous: also a spelling of ivan-petrov']],
		[
			'mention-not-in-paragraph',
			['› ivan-petrov › mentions › alpha-2009 ¶ 1', '"its secretary-general", which is not in ¶ 1 of alpha-2009'],
		],
		['mention-part-of-word', ['"secretary-gen", which is not in ¶ 2 of alpha-2009', 'the closest passage there is']],
		[
			'described-not-in-text',
			[
				'› ivan-petrov › described › alpha-2009',
				'the article’s own words, exactly',
				`"the bloc's secretary-general", which is not in alpha-2009`,
			],
		],
		['expansion-not-in-text', ['› un › expansion', '"United Nations", which is not in alpha-2009']],
		['unknown-article', ['› ivan-petrov › mentions › gamma-2011 ¶ 2', 'expected: the id of an article', 'articles: alpha-2009, beta-2010']],
		[
			'bad-place',
			['entities/bad-place.yaml › ivan-petrov › mentions › item 1 › in', 'a paragraph number (1, 2, …), "caption" or "author-note"'],
		],
		['unknown-type', ['entities/unknown-type.yaml › ivan-petrov › type', 'one of "person", "organisation"']],
		['variant-twice', ['› ivan-petroff › search › variants', '"Petroff", also a variant of ivan-petrov']],
	])('%s', (name, parts) => {
		const message = messageOf(name);
		expect(message).toContain(`tests/fixtures/entities/${name}.yaml`);
		for (const part of parts) expect(message).toContain(part);
	});
});

describe('/entities.json', () => {
	it('gives each entity its counts per article and each mention its place, words and URL', () => {
		const index = indexOf('valid-declared');
		const json = entitiesToJson(index, graph, makeUrls('/companion/', graph.plan)) as {
			entities: { id: string; counts: object; mentions: { url: string; text: string; declared: boolean }[] }[];
		};
		const petrov = json.entities.find((e) => e.id === 'ivan-petrov');
		expect(petrov?.counts).toEqual({ 'alpha-2009': 2, 'beta-2010': 1 });
		expect(petrov?.mentions.map((m) => [m.url, m.text, m.declared])).toEqual([
			['/companion/articles/alpha-2009/#p-2', 'Ivan Petrov', false],
			['/companion/articles/alpha-2009/#p-2', 'its secretary-general', true],
			['/companion/articles/beta-2010/#p-1', 'Ivan Petroff', false],
		]);
	});
});
