import { describe, expect, it } from 'vitest';
import { houseStyleProblems } from '../../src/graph/house-style';

describe('the house style check', () => {
	it('finds straight quotes, straight apostrophes and hyphened pairs of parties', () => {
		expect(houseStyleProblems(`Moscow's "reset" and the UN-CSTO deal`)).toEqual([
			'a straight double quote: write “ ”',
			'a straight apostrophe or single quote: write ’',
			'"UN-CSTO" with a hyphen: write UN–CSTO',
		]);
	});
	it('leaves the authors’ words in curly quotes alone, and our own en dashes', () => {
		expect(houseStyleProblems('Blank quotes the “UN-CSTO pact”; the UN–CSTO accord, Moscow’s aim.')).toEqual([]);
	});
});
