import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChronology, readEntityIndex } from '../../src/loaders/read-entities';
import { eventPeriod, formatEventDate } from '../../src/schemas/event-date';
import { ROOT } from '../support/capture';
import { FIXTURE_CONTENT, fixtureGraph } from '../support/fixture-content';

const graph = fixtureGraph();
const entities = readEntityIndex(FIXTURE_CONTENT, ROOT, graph);
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'events');
const chronologyOf = (name: string) => readChronology(FIXTURE_CONTENT, ROOT, graph, entities, join(FIXTURES, `${name}.yaml`));

function messageOf(name: string): string {
	try {
		chronologyOf(name);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`${name} was accepted`);
}

describe('events: dates at the precision the text gives', () => {
	it('formats seasons and partial dates without padding', () => {
		expect(formatEventDate('2009-spring')).toBe('Spring 2009');
		expect(formatEventDate('2008-08')).toBe('August 2008');
		expect(formatEventDate('2007')).toBe('2007');
		expect(formatEventDate('2009-10-14')).toBe('14 October 2009');
	});

	it('places a season on the axis by its months, winter into the next year', () => {
		expect(eventPeriod('2009-spring')).toEqual({ start: '2009-03-01', end: '2009-05-31' });
		expect(eventPeriod('2009-winter')).toEqual({ start: '2009-12-01', end: '2010-02-28' });
		expect(eventPeriod('2008-02')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
	});

	it('orders dated events by the first day they can mean, then the last; relative and undated apart', () => {
		const c = chronologyOf('valid');
		expect(c.dated.map((e) => [e.id, e.precision])).toEqual([
			['year-thing', 'year'],
			['autumn-thing', 'season'],
			['day-thing', 'day'],
			['declaration-signed', 'day'],
		]);
		expect(c.relative.map((e) => e.id)).toEqual(['accord-hoped']);
		expect(c.undated.map((e) => e.id)).toEqual(['alliance-refused']);
		expect(c.byId.get('declaration-signed')?.claims).toEqual(['beta-2010/declaration-signed']);
	});
});

describe('events: the build refuses, naming file, event and value', () => {
	it.each([
		[
			'words-not-in-passage',
			['› accord-hoped › words', "the text's own words, exactly, in ¶ 1 of alpha-2009", '"within 18 months"', 'the closest passage is'],
		],
		['unknown-claim', ['› accord-hoped › claims', 'the id of a claim of alpha-2009', '"accord-hoped"']],
		['unknown-entity', ['› accord-hoped › entities', 'the id of an entity', '"the-bloc"']],
		['bound-outside-date', ['› accord-hoped › earliest', 'a bound inside the date 2009-10', '"2009-11-02"']],
		['date-without-basis', ['› accord-hoped › basis', 'how the date is known']],
		['bad-season', ['› accord-hoped › date', 'or a season (YYYY-spring', '"2009-fall"']],
		['relative-to-unknown', ['› accord-hoped › relative › to', '"publication" or the id of an event', '"the-talks"']],
	])('%s', (name, parts) => {
		const message = messageOf(name);
		expect(message).toContain(`tests/fixtures/events/${name}.yaml`);
		for (const part of parts) expect(message).toContain(part);
	});
});
