import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNames } from '../../src/loaders/read-names';
import { foldName } from '../../src/shared/fold-name';
import { expandQuery, querySlots } from '../../src/scripts/search/names';

const GROUPS = [
	['Bakiyev', 'Bakiev'],
	['Emomali', 'Imomali'],
	['Nazarbayev', 'Nazarbaev'],
	['Nikolai', 'Nikolay'],
	['Ki-moon', 'Ki Moon'],
];

describe('expandQuery: one search per spelling combination', () => {
	it('leaves a query without known names alone', () => {
		expect(expandQuery('peace operations', GROUPS)).toEqual({ searches: ['peace operations'], alternatives: [] });
	});

	it('brings in the other spelling, whichever is typed', () => {
		expect(expandQuery('Bakiev', GROUPS).searches).toEqual(['Bakiev', 'Bakiyev']);
		expect(expandQuery('Bakiyev', GROUPS).searches).toEqual(['Bakiyev', 'Bakiev']);
		expect(expandQuery('Bakiyev', GROUPS).alternatives).toEqual(['Bakiev']);
	});

	it('ignores case and diacritics', () => {
		expect(expandQuery('BAKIEV', GROUPS).searches).toEqual(['BAKIEV', 'Bakiyev']);
		expect(expandQuery('bakíev', GROUPS).searches).toEqual(['bakíev', 'Bakiyev']);
		expect(expandQuery('İmomali', GROUPS).searches).toEqual(['İmomali', 'Emomali']);
	});

	it('keeps the rest of the query, and a possessive', () => {
		expect(expandQuery('Kurmanbek Bakiev government', GROUPS).searches).toEqual([
			'Kurmanbek Bakiev government',
			'Kurmanbek Bakiyev government',
		]);
		expect(expandQuery('Bakiyev’s administration', GROUPS).searches).toEqual(['Bakiyev’s administration']);
	});

	it('expands inside a quoted phrase', () => {
		expect(expandQuery('"Kurmanbek Bakiev"', GROUPS).searches).toEqual(['"Kurmanbek Bakiev"', '"Kurmanbek Bakiyev"']);
	});

	it('combines several names', () => {
		expect(expandQuery('Nazarbaev Emomali', GROUPS).searches).toEqual([
			'Nazarbaev Emomali',
			'Nazarbaev Imomali',
			'Nazarbayev Emomali',
			'Nazarbayev Imomali',
		]);
	});

	it('stops at maxSearches', () => {
		expect(expandQuery('Nazarbaev Emomali Bakiev', GROUPS, { maxSearches: 3 }).searches).toHaveLength(3);
	});

	it('matches a many-word variant only across spaces, and prefers it', () => {
		expect(expandQuery('Ban Ki Moon', GROUPS).searches).toEqual(['Ban Ki Moon', 'Ban Ki-moon']);
		expect(expandQuery('Ban Ki-Moon', GROUPS).searches).toEqual(['Ban Ki-Moon', 'Ban Ki Moon']);
		expect(expandQuery('Ki, Moon', GROUPS).searches).toEqual(['Ki, Moon']);
	});

	it('expands the word being typed when it is a prefix of one spelling only', () => {
		expect(expandQuery('Bakie', GROUPS).searches).toEqual(['Bakie', 'Bakiyev']);
		expect(expandQuery('Imom', GROUPS).searches).toEqual(['Imom', 'Emomali']);
		// A prefix of both spellings finds both already; a short prefix is left alone.
		expect(expandQuery('Baki', GROUPS).searches).toEqual(['Baki']);
		expect(expandQuery('Bak', GROUPS).searches).toEqual(['Bak']);
		// Once the word is finished (a space, or a closing quote), no prefix is guessed.
		expect(expandQuery('Bakie ', GROUPS).searches).toEqual(['Bakie']);
		expect(expandQuery('Bakie', GROUPS, { partialLastWord: false }).searches).toEqual(['Bakie']);
	});

	it('does not match part of a longer word', () => {
		expect(expandQuery('Nikolaidis', GROUPS).searches).toEqual(['Nikolaidis']);
		expect(expandQuery('Nikolaidis', GROUPS).alternatives).toEqual([]);
	});

	it('treats the query as text: markup is just characters to search', () => {
		const q = '<img src=x onerror=alert(1)> Bakiev';
		expect(expandQuery(q, GROUPS).searches).toEqual([q, '<img src=x onerror=alert(1)> Bakiyev']);
	});
});

describe('foldName', () => {
	it('folds case, diacritics, apostrophes and spaces', () => {
		expect(foldName('  Nazarbáev ')).toBe('nazarbaev');
		expect(foldName('O’Neill')).toBe("o'neill");
		expect(foldName('Ki   Moon')).toBe('ki moon');
	});
});

describe('the search spellings of content/entities.yaml', () => {
	const write = (search: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'names-'));
		writeFileSync(join(dir, 'entities.yaml'), `- id: ban\n  type: person\n  label: Ban Ki-moon\n  spellings: [Ban]\n  search: ${search}\n`);
		return dir;
	};

	it('refuses variants that differ only by case or diacritics, naming the entry', () => {
		const dir = write('{ variants: [Ki-Moon, Ki-moon], note: x }');
		expect(() => readNames(dir, dir)).toThrow(/entities\.yaml › ban › search › variants[\s\S]*differ by more than case or diacritics/);
	});

	// A spelling in two entities is refused with the entities' other checks (tests/unit/entities.test.ts, variant-twice).

	it('refuses a variant that is not a name, and a missing note', () => {
		const dir = write('{ variants: [Bakiev, "Baki*"] }');
		expect(() => readNames(dir, dir)).toThrow(/letters, with single hyphens[\s\S]*note/);
	});

	it('is optional: a site without the file has no variants', () => {
		expect(readNames(mkdtempSync(join(tmpdir(), 'names-')))).toEqual([]);
	});
});

describe('querySlots', () => {
	const groups = [['NATO', 'North Atlantic Treaty Organization']];
	it('gives a name of several words one slot, with all its spellings, however the reader wrote it', () => {
		const slot = ['nato', 'north atlantic treaty organization'];
		expect(querySlots('NATO recognition', groups)).toEqual([slot, ['recognition']]);
		expect(querySlots('North Atlantic Treaty Organization recognition', groups)).toEqual([slot, ['recognition']]);
		expect(querySlots('North Atlantic', groups)).toEqual([['north'], ['atlantic']]);
	});
});
