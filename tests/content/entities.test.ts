import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentGraph } from '../../src/loaders/read-content';
import { readChronology, readEntityIndex } from '../../src/loaders/read-entities';
import { readNames } from '../../src/loaders/read-names';
import { foldName } from '../../src/shared/fold-name';
import { ROOT } from '../support/capture';

const CONTENT = join(ROOT, 'content');
const graph = readContentGraph(CONTENT, ROOT);
const index = readEntityIndex(CONTENT, ROOT, graph);

describe('content/entities.yaml', () => {
	it('is valid, each spelling found in the texts', () => {
		expect(index.entities.length).toBeGreaterThan(40);
		for (const entity of index.entities) expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
	});

	it('keeps the spellings search expands (what content/names.yaml held)', () => {
		const spellings = readNames(CONTENT, ROOT).flatMap((g) => g.variants.map(foldName));
		for (const name of ['bakiev', 'bakiyev', 'nazarbaev', 'nazarbayev', 'emomali', 'imomali', 'nikolai', 'nikolay']) {
			expect(spellings).toContain(name);
		}
	});

	it('gives a name inside a longer name to the longer one: the US Army is named once, the War College by Blank only', () => {
		const army = index.byId.get('us-army' as never);
		expect(army?.mentions.map((m) => [m.article, m.place, m.surface, m.context.after.slice(0, 21)])).toEqual([
			['blank-2010', 'author-note', 'US Army', ', Defense Department '],
		]);
		// McDermott's "U.S. Army War College" is inside the title of the journal he cites.
		expect([...(index.byId.get('us-army-war-college' as never)?.counts.keys() ?? [])]).toEqual(['blank-2010']);
		expect(index.byId.get('parameters' as never)?.mentions.map((m) => m.surface)).toEqual(['Parameters -- U.S. Army War College Journal']);
	});

	it('finds the names both texts share', () => {
		const shared = index.entities.filter((e) => e.counts.size === 2).map((e) => e.id);
		for (const id of ['csto', 'un', 'nato', 'nikolai-bordyuzha', 'kurmanbek-bakiyev', 'central-asia', 'un-csto-agreement']) expect(shared).toContain(id);
	});
});

describe('content/events.yaml', () => {
	const chronology = readChronology(CONTENT, ROOT, graph, index);
	it('is valid, and holds each text’s events at the text’s precision', () => {
		const dated = chronology.dated.map((e) => e.id);
		// In time order, whichever text reports them: Blank's 2007 first, McDermott's 2009 in between, Blank's 2010 last.
		expect(dated.indexOf('ashgabat-center-established')).toBe(0);
		expect(dated.indexOf('parameters-article')).toBeLessThan(dated.indexOf('unga-backing'));
		expect(dated.indexOf('unga-backing')).toBeLessThan(dated.indexOf('kommersant-report'));
		expect(dated.at(-1)).toBe('bordyuzha-announcement');
		expect(chronology.byId.get('parameters-article')?.precision).toBe('season');
		expect(chronology.byId.get('russia-georgia-war')?.precision).toBe('month');
		// What only SOURCES.md knows stays out of the date: the text says "recent", so the upheaval is relative.
		expect(chronology.relative.map((e) => e.id)).toContain('kyrgyzstan-upheaval');
		expect(chronology.byId.get('kyrgyzstan-upheaval')?.span).toBeUndefined();
	});
});
