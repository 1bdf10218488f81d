import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChronology, readEntityIndex } from '../../src/loaders/read-entities';
import { timelineItems } from '../../src/site/timeline';
import { libraryPlan } from '../../src/shared/library-plan';
import { makeUrls } from '../../src/shared/urls';
import { groupedTimelineItems, publicationAnchor, publicationYears } from '../../src/site/timeline-years';
import { ROOT } from '../support/capture';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';

const graph = fixtureGraph();
const entities = readEntityIndex(FIXTURE_CONTENT, ROOT, graph);
const chronology = readChronology(FIXTURE_CONTENT, ROOT, graph, entities, join(ROOT, 'tests', 'fixtures', 'events', 'valid.yaml'));
const [alpha, beta] = graph.articles;
if (!alpha || !beta) throw new Error('the fixture content has two articles');
/** A library of many articles: the fixture's two, each again under other ids, with a date a year apart for some. */
const library = Array.from({ length: 40 }, (_, i) => {
	const base = i % 2 ? beta : alpha;
	const date = i % 4 === 3 ? '2011-05' : base.data.published.date;
	return { ...base, id: `${base.id}-${i}`, data: { ...base.data, published: { date } } } as typeof base;
});

describe('the timeline of a large library', () => {
	it('counts each article once, in the year its date gives, years in order', () => {
		const years = publicationYears(library);
		expect([...years.keys()]).toEqual(['2009', '2010', '2011']);
		expect(
			[...years.values()]
				.flat()
				.map((a) => a.id)
				.sort(),
		).toEqual(library.map((a) => a.id).sort());
		expect(years.get('2011')?.every((a) => a.data.published.date === '2011-05')).toBe(true);
		expect(years.get('2009')?.length).toBe(20);
	});

	it('keeps every dated event in order, and replaces the publications with one row per year', () => {
		const grouped = groupedTimelineItems(chronology.dated, library);
		const plain = timelineItems(chronology.dated, graph.articles);
		expect(grouped.filter((i) => i.kind === 'event')).toEqual(plain.filter((i) => i.kind === 'event'));
		expect(grouped.filter((i) => i.kind === 'publication')).toEqual([]);
		expect(grouped.map((i) => (i.kind === 'event' ? i.event.id : i.kind === 'year' ? `${i.year}: ${i.articles.length}` : i.kind))).toEqual([
			// The year's row spans the whole year: after the events as long that start on its first day, before the rest.
			'year-thing',
			'2009: 20',
			'autumn-thing',
			'day-thing',
			'2010: 10',
			'declaration-signed',
			'2011: 10',
		]);
	});

	it('points a publication at its year, and links the year to its list', () => {
		expect(publicationAnchor(alpha, false)).toBe(`pub-${alpha.id}`);
		expect(publicationAnchor(alpha, true)).toBe('pubs-2009');
		expect(makeUrls('/', libraryPlan(50)).timelineYear('2009')).toBe('/timeline/2009/');
		expect(makeUrls('/companion/', libraryPlan(50)).timelineYear('2009')).toBe('/companion/timeline/2009/');
	});
});
