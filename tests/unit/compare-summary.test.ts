import { describe, expect, it } from 'vitest';
import { compareModel } from '../../src/site/compare-map';
import { compareSummary } from '../../src/site/compare-summary';
import { fixtureGraph } from '../support/fixture-content';

/**
 * The fixture site (tests/fixtures/content) holds, across its two articles, one
 * agreement (alliance-withholds agrees with alliance-refused), one difference
 * (capital-may-use qualifies accord-planned) and one plain link
 * (declaration-signed reports the outcome of accord-planned); alpha's
 * ledger-breakthrough and beta's first-recognition relate to nothing across.
 */
describe('the answer /compare/ leads with', () => {
	const summary = compareSummary(compareModel(fixtureGraph()));
	const refs = (pairs: typeof summary.agree) => pairs.map((p) => `${p.left.ref} ${p.type} ${p.right.ref}`);

	it('sorts the relations between the texts by stance', () => {
		expect(refs(summary.agree)).toEqual(['alpha-2009/alliance-refused agrees-with beta-2010/alliance-withholds']);
		expect(refs(summary.differ)).toEqual(['alpha-2009/accord-planned qualifies beta-2010/capital-may-use']);
		expect(refs(summary.link)).toEqual(['alpha-2009/accord-planned reports-outcome-of beta-2010/declaration-signed']);
	});

	it('counts what only one text says, per text, and leaves out relations within a text', () => {
		expect(summary.only).toEqual([
			{ article: 'alpha-2009', count: 1 },
			// first-recognition, eastport-summit and bloc-outflanked relate to no claim of Alpha.
			{ article: 'beta-2010', count: 3 },
		]);
	});

	it('is empty, not wrong, where a group has nothing', () => {
		const model = compareModel(fixtureGraph());
		const noDiffer = { ...model, groups: model.groups.filter((g) => g.type !== 'qualifies') };
		expect(compareSummary(noDiffer).differ).toEqual([]);
		expect(compareSummary(noDiffer).agree).toHaveLength(1);
	});
});
