import { describe, expect, it } from 'vitest';
import { filterRows, type FilterRow } from '../../src/site/claim-filters';
import { makeUrls } from '../../src/shared/urls';
import { fixtureGraph } from '../support/fixture-content';

/**
 * The filter bar of the fixture's claims lists. The counts are read off tests/fixtures/content/ by
 * hand: 31 claims (alpha-2009 15, beta-2010 16); 12 reports, 13 assessments, 6 predictions; five
 * relayed (The Morning Ledger, Olga Berg, Ivan Petroff twice, Officials), 26 the authors' own; 13
 * in a relation, as its claim or its target; 17 on the accord, 15 on the alliance (a claim may be
 * on both).
 */
const graph = fixtureGraph();
const urls = makeUrls('/', graph.plan);
const row = (rows: FilterRow[], facet: FilterRow['facet']) => rows.find((r) => r.facet === facet);
/** An option as the reader meets it: label, count, link, and whether it is the page's own. */
const seen = (r: FilterRow | undefined) => r?.options.map((o) => [o.label, o.count, o.href, o.here]);

describe('the claims filter bar', () => {
	const index = filterRows(graph, {}, urls);

	it('has the four rows in order, each named', () => {
		expect(index.map((r) => [r.facet, r.lead, r.name])).toEqual([
			['kind', 'Kind:', 'Show claims by kind'],
			['said', 'Who says it:', 'Show claims by who says it'],
			['related', 'Relations:', 'Show claims by relations'],
			['topic', 'Topic:', 'Show claims by topic'],
		]);
	});

	it('counts every claim on the index, and marks "all" in each row', () => {
		expect(seen(row(index, 'kind'))).toEqual([
			['All claims', 31, '/claims/', true],
			['Reports', 12, '/claims/kind/report/', false],
			['Assessments', 13, '/claims/kind/assessment/', false],
			['Predictions', 6, '/claims/kind/prediction/', false],
		]);
		expect(seen(row(index, 'said'))).toEqual([
			['Everyone', 31, '/claims/', true],
			['The authors’ own', 26, '/claims/said/author/', false],
			['Reported', 5, '/claims/said/reported/', false],
		]);
		expect(seen(row(index, 'related'))).toEqual([
			['All claims', 31, '/claims/', true],
			['With relations', 13, '/claims/related/', false],
		]);
		expect(seen(row(index, 'topic'))).toEqual([
			['Any topic', 31, '/claims/', true],
			['The accord', 17, '/claims/topic/accord/', false],
			['The alliance', 15, '/claims/topic/alliance/', false],
		]);
	});

	it('gives the script each link’s value, empty for "all"', () => {
		expect(index.map((r) => r.options.map((o) => o.value ?? ''))).toEqual([
			['', 'report', 'assessment', 'prediction'],
			['', 'author', 'reported'],
			['', 'true'],
			['', 'accord', 'alliance'],
		]);
	});

	it('marks only the page’s own choice, and keeps the counts of every claim', () => {
		const here = (rows: FilterRow[]) => rows.flatMap((r) => r.options.filter((o) => o.here).map((o) => `${r.facet}:${o.label}`));
		const kind = filterRows(graph, { kind: 'assessment' }, urls);
		expect(here(kind)).toEqual(['kind:Assessments', 'said:Everyone', 'related:All claims', 'topic:Any topic']);
		expect(seen(row(kind, 'kind'))?.[0]).toEqual(['All claims', 31, '/claims/', false]);
		expect(here(filterRows(graph, { said: 'reported' }, urls))).toEqual([
			'kind:All claims',
			'said:Reported',
			'related:All claims',
			'topic:Any topic',
		]);
		expect(here(filterRows(graph, { related: true }, urls))).toEqual([
			'kind:All claims',
			'said:Everyone',
			'related:With relations',
			'topic:Any topic',
		]);
		expect(here(filterRows(graph, { topic: 'alliance' }, urls))).toEqual([
			'kind:All claims',
			'said:Everyone',
			'related:All claims',
			'topic:The alliance',
		]);
	});

	it('gives the topic links the old anchors only when asked', () => {
		expect(row(index, 'topic')?.options.map((o) => o.id)).toEqual([undefined, undefined, undefined]);
		const anchored = filterRows(graph, { anchors: true }, urls);
		expect(row(anchored, 'topic')?.options.map((o) => o.id)).toEqual([undefined, 'topic-accord', 'topic-alliance']);
		expect(row(anchored, 'kind')?.options.every((o) => o.id === undefined)).toBe(true);
	});

	it('leaves out a topic no claim is on', () => {
		const topics = [...graph.topics, { id: 'unused', label: 'Unused', description: 'On no claim.' }];
		const rows = filterRows({ claims: graph.claims, topics } as typeof graph, {}, urls);
		expect(row(rows, 'topic')?.options.map((o) => o.label)).toEqual(['Any topic', 'The accord', 'The alliance']);
	});
});
