import { describe, expect, it } from 'vitest';
import {
	formatPassage,
	locateQuote,
	parsePassage,
	pinpointLabel,
	quoteAt,
	textDirective,
	wordsCheck,
} from '../../src/shared/passage-quote';

const TEXT = 'The CSTO hopes to sign an agreement. The CSTO hopes, he said, to act.\nNext paragraph: the CSTO again.';

describe('quoteAt and locateQuote', () => {
	it('a quote keeps 32 characters of context either side', () => {
		const start = TEXT.indexOf('sign an agreement');
		const q = quoteAt(TEXT, { start, end: start + 17 });
		expect(q).toEqual({ exact: 'sign an agreement', prefix: 'The CSTO hopes to ', suffix: '. The CSTO hopes, he said, to ac' });
	});

	it('finds the words at their recorded place when they are still there', () => {
		const second = TEXT.indexOf('The CSTO', 5);
		const span = { start: second, end: second + 8 };
		expect(locateQuote(TEXT, quoteAt(TEXT, span), span)).toEqual(span);
	});

	it('a repeated phrase is told apart by its context when the position has moved', () => {
		const second = TEXT.indexOf('The CSTO', 5);
		const quote = quoteAt(TEXT, { start: second, end: second + 8 });
		const edited = `Added words. ${TEXT}`;
		expect(locateQuote(edited, quote, { start: second, end: second + 8 })).toEqual({ start: second + 13, end: second + 21 });
		// Without a position, the context alone decides.
		expect(locateQuote(edited, quote)).toEqual({ start: second + 13, end: second + 21 });
	});

	it('words no longer in the text are an orphan: undefined, never a guess', () => {
		expect(locateQuote(TEXT, { exact: 'Warsaw Pact', prefix: '', suffix: '' })).toBeUndefined();
		expect(locateQuote(TEXT, { exact: '', prefix: '', suffix: '' })).toBeUndefined();
	});
});

describe('the ?passage= parameter', () => {
	it('round-trips', () => {
		const ref = { paragraph: 7, start: 12, end: 140, check: wordsCheck('some words') };
		expect(parsePassage(formatPassage(ref))).toEqual(ref);
	});

	it('refuses anything else (it is the reader’s URL)', () => {
		for (const bad of [
			null,
			'',
			'7',
			'7.12-140',
			'0.1-2.abc',
			'7.40-12.abc',
			'7.1-2.<script>',
			'7.1-2.abc&x=1',
			`${'9'.repeat(5)}.1-2.a`,
		]) {
			expect(parsePassage(bad), String(bad)).toBeUndefined();
		}
	});

	it('the checksum changes with the words, not with white space', () => {
		expect(wordsCheck('the CSTO hopes')).toBe(wordsCheck('the  CSTO\nhopes'));
		expect(wordsCheck('the CSTO hopes')).not.toBe(wordsCheck('the CSTO hoped'));
	});
});

describe('textDirective', () => {
	it('encodes -, comma and & too, which are its syntax', () => {
		expect(textDirective({ prefix: 'Moscow-dominated', textStart: 'bloc, it', textEnd: 'A&B', suffix: 'end' })).toBe(
			':~:text=Moscow%2Ddominated-,bloc%2C%20it,A%26B,-end',
		);
		expect(textDirective({ textStart: 'peace operations' })).toBe(':~:text=peace%20operations');
	});
});

describe('pinpointLabel', () => {
	it('one paragraph or a range with an en dash', () => {
		expect(pinpointLabel(7, 7)).toBe('para. 7');
		expect(pinpointLabel(7, 8)).toBe('paras. 7–8');
	});
});
