import { describe, expect, it } from 'vitest';
import { readChronology, readEntityIndex } from '../../src/loaders/read-entities';
import { axisOf, dayNumber, publicationSpan, timelineItems } from '../../src/site/timeline';
import { ROOT } from '../support/capture';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';
import { join } from 'node:path';

const graph = fixtureGraph();
const entities = readEntityIndex(FIXTURE_CONTENT, ROOT, graph);
const chronology = readChronology(FIXTURE_CONTENT, ROOT, graph, entities, join(ROOT, 'tests', 'fixtures', 'events', 'valid.yaml'));

describe('the timeline axis', () => {
	it('counts days in UTC, whatever the time zone', () => {
		expect(dayNumber('2010-03-01') - dayNumber('2010-02-28')).toBe(1);
		expect(dayNumber('2009-01-01') - dayNumber('2008-01-01')).toBe(366);
	});

	it('narrows a publication to its bounds', () => {
		const alpha = graph.articleById.get('alpha-2009' as never);
		expect(alpha && publicationSpan(alpha)).toEqual({ start: '2009-10-16', end: '2009-10-31' });
	});

	it('sets the publications among the events by date', () => {
		const items = timelineItems(chronology.dated, graph.articles);
		expect(items.map((i) => (i.kind === 'event' ? i.event.id : `published ${i.article.id}`))).toEqual([
			'year-thing',
			'autumn-thing',
			'day-thing',
			'published alpha-2009',
			// Same first day: the event the article reports comes before the publication that reports it.
			'declaration-signed',
			'published beta-2010',
		]);
		const { years, x } = axisOf(items, 1000);
		expect(years).toEqual([2009, 2010, 2011]);
		expect(x('2009-01-01')).toBe(0);
		expect(x('2011-01-01')).toBe(1000);
		expect(x('2010-01-01')).toBeCloseTo(1000 * (365 / 730));
	});
});
