import { describe, expect, it } from 'vitest';
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
		expect(closestPassage(paragraphs, 'NATO has declined to offer the CSTO recognition')).toBe('NATO has refused to offer the CSTO such recognition,');
	});
});
