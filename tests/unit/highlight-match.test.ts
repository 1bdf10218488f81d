import { describe, expect, it } from 'vitest';
import { findRanges, parseTerms, sameWord } from '../../src/scripts/search/highlight-match';

/** The marked stretches of `text` for these `?highlight=` values. */
const marked = (text: string, values: string[]) => findRanges(text, parseTerms(values).terms).map(([a, b]) => text.slice(a, b));

describe('landing highlighter: what is marked', () => {
	it('marks a word whole with its other endings, never inside another word', () => {
		expect(marked('The sphere and its spheres; a hemisphere.', ['sphere'])).toEqual(['sphere', 'spheres']);
		expect(marked('Western states and the west', ['west'])).toEqual(['Western', 'west']);
		expect(marked('UN officials under the UN flag', ['UN'])).toEqual(['UN', 'UN']);
	});

	it('drops a lone function word, but keeps one inside a phrase', () => {
		expect(parseTerms(['of', 'sphere']).terms.map((t) => t.label)).toEqual(['sphere']);
		expect(parseTerms(['of', '  ', '—']).refused).toEqual([
			{ value: 'of', why: 'a common word, marked only inside a phrase' },
			{ value: '—', why: 'no word in it' },
		]);
		const text = 'officials spoke of a sphere of influence, and of spheres';
		expect(marked(text, ['sphere of influence'])).toEqual(['sphere of influence']);
		expect(marked(text, ['of'])).toEqual([]);
	});

	it('marks a phrase as one unit only where its words stand together', () => {
		expect(marked('peace operations and operations of peace', ['peace operations'])).toEqual(['peace operations']);
		expect(marked('Ban Ki-Moon spoke', ['Ki Moon'])).toEqual(['Ki-Moon']);
	});

	it('prefers the phrase over a word of it, without overlaps', () => {
		expect(marked('a sphere of influence; one sphere', ['sphere', 'sphere of influence'])).toEqual(['sphere of influence', 'sphere']);
	});

	it('folds case, accents and a possessive', () => {
		expect(marked('Bakiyev’s government; BAKIYEV', ['bakiyev'])).toEqual(['Bakiyev’s', 'BAKIYEV']);
	});

	it('refuses what is too long, and caps the number of terms', () => {
		const { terms, refused } = parseTerms(['x'.repeat(200), ...Array.from({ length: 20 }, (_, i) => `word${i}`)]);
		expect(terms).toHaveLength(12);
		expect(refused.map((r) => r.why)).toEqual(['over 80 characters', ...Array.from({ length: 8 }, () => 'more than 12 to highlight')]);
		expect(refused[0]?.value).toHaveLength(80);
	});

	it('sameWord: a short word only as it is, a longer one with its endings', () => {
		expect(sameWord('under', 'un')).toBe(false);
		expect(sameWord('transformed', 'transforming')).toBe(true);
		expect(sameWord('sp', 'sphere')).toBe(false);
	});
});
