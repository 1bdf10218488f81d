import { describe, expect, it } from 'vitest';
import { readerText, sliceSegments } from '../../src/graph/reader-text';

/** A made-up body: slips in a paragraph, with markup inside one, and in an author note. */
const body = `# A heading

First :sic[pubic]{correct="public"} words, then :sic[*two*  spaces]{note="a double space"}.

A paragraph with no slip.

:::author-note
The author :sic[teachs]{correct="teaches"} here.
:::

Last :sic[odd]{correct=""} one.
`;

describe('readerText slips', () => {
	const text = readerText(body);

	it('lists every :sic mark in reading order, in paragraphs and in the author note alike', () => {
		expect(text.slips).toEqual([
			{ text: 'pubic', correct: 'public' },
			{ text: 'two  spaces', note: 'a double space' },
			{ text: 'teachs', correct: 'teaches' },
			{ text: 'odd' },
		]);
	});

	it('says of each slip in a paragraph what the list says of it', () => {
		const marked = text.paragraphs.flatMap((p) => p.segments.filter((s) => s.sic).map((s) => ({ text: s.text, ...s.sic })));
		// The author note is no body paragraph, so its slip is in the list only.
		expect(marked).toEqual(text.slips.filter((s) => s.text !== 'teachs'));
	});

	it('keeps the slip in the paragraph’s reader text, the mark reduced to its words', () => {
		expect(text.paragraphs[0]?.text).toBe('First pubic words, then two  spaces.');
	});
});

describe('sliceSegments', () => {
	const sic = { correct: 'public' };
	const segments = [{ text: 'a ' }, { text: 'pubic', sic }, { text: ' notice' }];

	it('keeps a whole slip with its mark, and the text around it', () => {
		expect(sliceSegments(segments, 0, 14)).toEqual(segments);
	});

	it('puts the mark of a slip cut in two on its last piece only', () => {
		expect(sliceSegments(segments, 0, 4)).toEqual([{ text: 'a ' }, { text: 'pu' }]);
		expect(sliceSegments(segments, 4, 10)).toEqual([{ text: 'bic', sic }, { text: ' no' }]);
	});
});
