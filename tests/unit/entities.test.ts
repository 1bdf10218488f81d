import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntityIndex } from '../../src/loaders/read-entities';
import { buildEntityIndex } from '../../src/graph/mentions';
import type { EntityData } from '../../src/schemas/entity';
import { entitiesToJson } from '../../src/exports/entities-json';
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
			['alpha-2009', 'caption', 'Ivan Petrov'],
			['alpha-2009', 2, 'Ivan Petrov'],
			['beta-2010', 1, 'Ivan Petroff'],
			['beta-2010', 3, 'Ivan Petroff'],
		]);
		// Beta's claims are Petroff's, by attributedTo; the quotes that follow his name do not hold it.
		expect(petrov?.attributed).toEqual(['beta-2010/declaration-signed', 'beta-2010/smuggling-announced']);
	});

	it('adds the declared mentions, and links the claims whose quote holds a mention', () => {
		const index = indexOf('valid-declared');
		const petrov = index.byId.get('ivan-petrov' as never);
		expect(petrov?.mentions.filter((m) => m.declared).map((m) => m.surface)).toEqual(['its secretary-general']);
		const bloc = index.byId.get('the-bloc' as never);
		// "bloc" is in "bloc's" (whole word before the apostrophe), never inside "blocs" or "Bloc" (Alpha's
		// heading "The Reach Of The Bloc"): Alpha ¶1, ¶2, ¶3 twice, ¶7; Beta ¶1 twice, ¶3, ¶5, ¶9 twice, ¶11.
		const perArticle = Object.fromEntries(bloc?.counts ?? []);
		expect(perArticle).toEqual({ 'alpha-2009': 5, 'beta-2010': 7 });
		expect(bloc?.involvedIn).toContain('alpha-2009/accord-planned');
		// Shared entities come first.
		expect(index.entities[0]?.counts.size).toBe(2);
	});

	describe('where two entities’ spellings overlap, the longest match wins', () => {
		// Alpha ¶2: "The bloc hopes to sign an accord with the UN within 18 months."; Beta ¶1: "… said the UN and the bloc signed …".
		const un: EntityData = { id: 'un', type: 'organisation', label: 'UN', spellings: ['UN'], described: [], mentions: [] };
		const accord: EntityData = {
			id: 'bloc-un-accord',
			type: 'document',
			label: 'accord with the UN',
			spellings: ['accord with the UN'],
			described: [],
			mentions: [],
		};
		const placesOf = (index: ReturnType<typeof buildEntityIndex>, id: string) =>
			index.byId.get(id as never)?.mentions.map((m) => [m.article, m.place, m.surface, m.declared]);
		// Every other "UN" of the texts, none in Alpha ¶2: Alpha ¶5, ¶9, ¶11; Beta ¶1, ¶3 twice, ¶4 three times, ¶6.
		const elsewhere = [
			['alpha-2009', 5, 'UN', false],
			['alpha-2009', 9, 'UN', false],
			['alpha-2009', 11, 'UN', false],
			['beta-2010', 1, 'UN', false],
			['beta-2010', 3, 'UN', false],
			['beta-2010', 3, 'UN', false],
			['beta-2010', 4, 'UN', false],
			['beta-2010', 4, 'UN', false],
			['beta-2010', 4, 'UN', false],
			['beta-2010', 6, 'UN', false],
		];

		it('counts "UN" inside "accord with the UN" as the accord’s, not the UN’s', () => {
			const index = buildEntityIndex(graph, [un, accord], 'in-test.yaml');
			expect(placesOf(index, 'un')).toEqual(elsewhere);
			expect(placesOf(index, 'bloc-un-accord')).toEqual([['alpha-2009', 2, 'accord with the UN', false]]);
			expect(index.byId.get('un' as never)?.involvedIn).not.toContain('alpha-2009/accord-planned');
		});

		it('whatever the order of the entries', () => {
			const index = buildEntityIndex(graph, [accord, un], 'in-test.yaml');
			expect(placesOf(index, 'un')).toEqual(elsewhere);
		});

		it('gives the words of two partly overlapping spellings to the longer', () => {
			// "sign an accord" (14 characters) overlaps "accord with the UN" (18), and stands nowhere else.
			const signing: EntityData = { ...un, id: 'signing', label: 'signing', spellings: ['sign an accord'] };
			expect(() => buildEntityIndex(graph, [signing, accord], 'in-test.yaml')).toThrow(
				'"sign an accord", found only inside "accord with the UN" (bloc-un-accord, alpha-2009 ¶ 2)',
			);
		});

		it('keeps a mention placed by hand inside a longer spelling', () => {
			const placed = { ...un, mentions: [{ article: 'alpha-2009', in: 2, text: 'UN' }] };
			const index = buildEntityIndex(graph, [placed, accord], 'in-test.yaml');
			expect(placesOf(index, 'un')).toEqual([['alpha-2009', 2, 'UN', true], ...elsewhere]);
		});
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
		[
			'spelling-inside-longer',
			[
				'› ledger › spellings',
				'"Ledger", found only inside "Morning Ledger" (morning-ledger, alpha-2009 ¶ 1)',
				'place it by hand under mentions:',
			],
		],
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
		expect(petrov?.counts).toEqual({ 'alpha-2009': 3, 'beta-2010': 2 });
		expect(petrov?.mentions.map((m) => [m.url, m.text, m.declared])).toEqual([
			['/companion/articles/alpha-2009/#caption', 'Ivan Petrov', false],
			['/companion/articles/alpha-2009/#p-2', 'Ivan Petrov', false],
			['/companion/articles/alpha-2009/#p-2', 'its secretary-general', true],
			['/companion/articles/beta-2010/#p-1', 'Ivan Petroff', false],
			['/companion/articles/beta-2010/#p-3', 'Ivan Petroff', false],
		]);
	});
});
