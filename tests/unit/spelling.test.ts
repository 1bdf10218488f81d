import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestWords, editDistance, maxDistance, partsFor, splitVocabulary, lengthOf } from '../../src/shared/spelling';
import { suggest, wordsFound } from '../../src/scripts/search/suggest';

/** Edit distance by the textbook recurrence, with no cut-off: what editDistance must agree with. */
function reference(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i += 1)
		for (let j = 1; j <= b.length; j += 1) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

/** One random slip: a letter dropped, added, changed, or two neighbours swapped. */
const slip = (w: string, kind: number, at: number, letter: string) => {
	const i = at % (w.length + 1);
	const j = Math.min(i, w.length - 1);
	if (kind === 0) return w.slice(0, j) + w.slice(j + 1);
	if (kind === 1) return w.slice(0, i) + letter + w.slice(i);
	if (kind === 2) return w.slice(0, j) + letter + w.slice(j + 1);
	return j + 1 < w.length ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : w;
};

describe('editDistance', () => {
	it('counts a dropped, added or changed letter and a swap of neighbours as one edit each', () => {
		expect(editDistance('bordyuzha', 'bordyuza')).toBe(1);
		expect(editDistance('rasmussen', 'rasmusen')).toBe(1);
		expect(editDistance('security', 'secruity')).toBe(1);
		expect(editDistance('csto', 'ctso')).toBe(1);
		expect(editDistance('bordyuzha', 'bordiusha')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});

	it('agrees with the textbook recurrence, and stops at max + 1', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
				const full = reference(a, b);
				expect(editDistance(a, b)).toBe(full);
				expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
			}),
		);
	});
});

describe('vocabulary parts', () => {
	it('counts folded words, keeps the usual written form, and splits by length, most frequent first', () => {
		const parts = splitVocabulary(['Bordyuzha said; Bordyuzha’s plan.', 'The plan, the plans, Ki-Moon.']);
		expect(parts.get(9)).toEqual([['bordyuzha', 2, 'Bordyuzha']]);
		expect(parts.get(4)).toEqual([
			['plan', 2],
			['moon', 1, 'Moon'],
			['said', 1],
		]);
		// "The" once, "the" once: the lower-case form wins a tie.
		expect(parts.get(3)).toEqual([['the', 2]]);
		expect(parts.get(2)).toEqual([['ki', 1, 'Ki']]);
	});

	it('the parts a misspelt word fetches always hold every word within its distance (any slip, first letter too)', () => {
		const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
		fc.assert(
			fc.property(
				fc.string({ unit: letters, minLength: 3, maxLength: 20 }),
				fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), letters), { minLength: 1, maxLength: 2 }),
				(word, slips) => {
					const typed = slips.reduce((w, [k, at, l]) => slip(w, k, at, l), word);
					if (lengthOf(typed) < 1 || editDistance(typed, word) > maxDistance(typed)) return;
					expect(partsFor(typed)).toContain(lengthOf(word));
				},
			),
		);
	});

	it('asks for lengths L-1..L+1 for a short word, L-2..L+2 for a longer one', () => {
		expect(partsFor('ctso')).toEqual([3, 4, 5]);
		expect(partsFor('bordyuza')).toEqual([6, 7, 8, 9, 10]);
	});
});

describe('closestWords', () => {
	const entries: [string, number, string?][] = [
		['bordyuzha', 13, 'Bordyuzha'],
		['security', 40],
		['secured', 2],
		['sector', 1],
	];
	it('ranks names first, then fewer edits, then the most frequent; never the word itself', () => {
		const names = new Map([
			['bakiev', 'Bakiev'],
			['bakiyev', 'Bakiyev'],
		]);
		expect(closestWords('bakiyeb', [['bakiyev', 4, 'Bakiyev']], names).map((c) => c.written)).toEqual(['Bakiyev', 'Bakiev']);
		expect(closestWords('secruity', entries, new Map()).map((c) => c.written)).toEqual(['security']);
		expect(closestWords('security', [...entries, ['securty', 1]], new Map()).map((c) => c.word)).toEqual(['securty']);
	});
});

describe('suggest', () => {
	const vocabulary = splitVocabulary(['Nikolai Bordyuzha said that security and cooperation matter; security again. security.']);
	const load = (n: number) => Promise.resolve(vocabulary.get(n) ?? []);
	const groups = [['Nikolai', 'Nikolay']];

	it('corrects the unknown words of a query that found nothing, keeping the rest as typed', async () => {
		expect(await suggest('Bordyuza "securty"', 0, groups, load)).toEqual([
			{ query: 'Bordyuzha "security"', words: ['Bordyuzha', 'security'] },
		]);
	});

	it('says nothing when the results hold the word, or every word is known', async () => {
		expect(await suggest('Bordyuza', 3, groups, load, new Set(['bordyuza']))).toEqual([]);
		expect(await suggest('secur', 3, groups, load, new Set(['security']))).toEqual([]);
		expect(await suggest('Bordyuzha cooperation', 0, groups, load)).toEqual([]);
	});

	it('checks a word no result holds, however many results Pagefind found for its parts', async () => {
		// Pagefind answers "securty" with what its parts match; none of those results holds it.
		expect(await suggest('securty', 25, groups, load, new Set(['un']))).toEqual([{ query: 'security', words: ['security'] }]);
	});

	it('leaves names, function words and short words alone', async () => {
		expect(await suggest('Nikolay of xy', 0, groups, load)).toEqual([]);
	});

	it('fetches only the parts for the word’s length ± its distance', async () => {
		const asked: number[] = [];
		await suggest('Bordyuza', 0, groups, (n) => (asked.push(n), load(n)));
		expect(asked.sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
	});

	it('checks no word that enough results hold, so such a search fetches nothing; with few results it checks', async () => {
		const asked: number[] = [];
		const known = wordsFound(['/articles/a/?highlight=Bordyuzha%E2%80%99s&highlight=said+that#p-1'], 'highlight');
		expect([...known]).toEqual(['bordyuzha', 'said', 'that']);
		expect(await suggest('Bordyuzha said', 3, groups, (n) => (asked.push(n), load(n)), known)).toEqual([]);
		expect(asked).toEqual([]);
		expect(await suggest('Bordyuzha', 1, groups, (n) => (asked.push(n), load(n)), known)).toEqual([]);
		expect(asked.length).toBeGreaterThan(0);
		// With few results a word is checked, but one the texts have is not taken for a slip of a rare neighbour.
		expect(await suggest('Bordyuz', 1, groups, load, new Set())).toEqual([]);
	});
});
