import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestPassage, findQuote } from '../../src/graph/quote';

const text = 'It is the UN’s “acknowledgement” of Russia’s role — and the\u00a0 war goes on.';

describe('finding a quote in the text', () => {
	it('matches straight quote marks against typographic ones', () => {
		const [span] = findQuote(text, `the UN's "acknowledgement" of Russia's role`);
		expect(span && text.slice(span.start, span.end)).toBe('the UN’s “acknowledgement” of Russia’s role');
	});

	it('matches across line breaks and runs of spaces, NBSP included', () => {
		const [span] = findQuote(text, 'role - and the\n  war goes on.');
		expect(span && text.slice(span.start, span.end)).toBe('role — and the\u00a0 war goes on.');
	});

	it('reports every occurrence, so a quote found twice can be refused', () => {
		expect(findQuote('a b a b', 'a b')).toEqual([
			{ start: 0, end: 3 },
			{ start: 4, end: 7 },
		]);
	});

	it('finds nothing for a quote that is not there, or empty', () => {
		expect(findQuote(text, 'the UN’s recognition')).toEqual([]);
		expect(findQuote(text, '   ')).toEqual([]);
	});

	it('is case-sensitive: a quote is the author’s exact words', () => {
		expect(findQuote(text, 'THE UN')).toEqual([]);
	});

	it('suggests the closest passage for a quote that is not found', () => {
		const paragraphs = ['Nothing relevant here at all.', 'NATO has refused to offer the CSTO such recognition, so far.'];
		expect(closestPassage(paragraphs, 'NATO has declined to offer the CSTO recognition')).toBe(
			'NATO has refused to offer the CSTO such recognition,',
		);
	});
});

describe('offsets back into the text', () => {
	// Text made of the characters folding touches: quote marks, dashes, runs of white space.
	const piece = fc.constantFrom('a', 'b', ' ', '  ', '\u00a0', '\n', '\u2019', "'", '\u201c', '"', '\u2014', '-', 'é');
	it('a span found is the passage quoted, folded the same, and starts and ends on its characters', () => {
		fc.assert(
			fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (pieces, x, y) => {
				const text = pieces.join('');
				const a = x % text.length;
				const b = a + 1 + (y % (text.length - a));
				const quote = text.slice(a, b);
				if (quote.trim() === '') return;
				const fold = (s: string) =>
					s
						.replace(/[\u2018\u2019\u201b]/g, "'")
						.replace(/[\u201c\u201d\u201f]/g, '"')
						.replace(/[\u2013\u2014]/g, '-')
						.replace(/\s+/g, ' ');
				for (const span of findQuote(text, quote)) {
					const found = text.slice(span.start, span.end);
					expect(fold(found)).toBe(fold(quote.trim()));
					expect(found).toBe(found.trim());
				}
				expect(findQuote(text, quote).length).toBeGreaterThan(0);
			}),
		);
	});
});
