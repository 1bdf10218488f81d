import { describe, expect, it } from 'vitest';
import { compareModel } from '../../src/site/compare-map';
import { compareSummary } from '../../src/site/compare-summary';
import { fixtureGraph } from '../support/fixture-content';

/**
 * The fixture site (tests/fixtures/content) holds, across its two articles, one
 * agreement (alliance-withholds agrees with alliance-refused), three differences
 * (capital-may-use, act-without-resolution and un-authority qualify accord-planned,
 * seat-beside-un and raise-standing) and three plain links (declaration-signed
 * reports the outcome of accord-planned; smuggling-announced and reasons-plain
 * elaborate seat-beside-un and no-reasons). Alpha's other 10 claims and Beta's
 * other 7 relate to nothing across; Beta's bloc-to-lead supports reasons-plain,
 * within Beta, and still counts as Beta's alone.
 */
describe('the answer /compare/ leads with', () => {
	const summary = compareSummary(compareModel(fixtureGraph()));
	const refs = (pairs: typeof summary.agree) => pairs.map((p) => `${p.left.ref} ${p.type} ${p.right.ref}`);

	it('sorts the relations between the texts by stance', () => {
		expect(refs(summary.agree)).toEqual(['alpha-2009/alliance-refused agrees-with beta-2010/alliance-withholds']);
		expect(refs(summary.differ)).toEqual([
			'alpha-2009/accord-planned qualifies beta-2010/capital-may-use',
			'alpha-2009/seat-beside-un qualifies beta-2010/act-without-resolution',
			'alpha-2009/raise-standing qualifies beta-2010/un-authority',
		]);
		// By type in the order RELATION_TYPES lists them (elaborates before reports-outcome-of), then in Alpha's order.
		expect(refs(summary.link)).toEqual([
			'alpha-2009/seat-beside-un elaborates beta-2010/smuggling-announced',
			'alpha-2009/no-reasons elaborates beta-2010/reasons-plain',
			'alpha-2009/accord-planned reports-outcome-of beta-2010/declaration-signed',
		]);
	});

	it('counts what only one text says, per text, and leaves out relations within a text', () => {
		expect(summary.only).toEqual([
			{ article: 'alpha-2009', count: 10 },
			// Beta's 7 unrelated claims, and eastport-summit and bloc-outflanked at its end.
			{ article: 'beta-2010', count: 9 },
		]);
	});

	it('is empty, not wrong, where a group has nothing', () => {
		const model = compareModel(fixtureGraph());
		const noDiffer = { ...model, groups: model.groups.filter((g) => g.type !== 'qualifies') };
		expect(compareSummary(noDiffer).differ).toEqual([]);
		expect(compareSummary(noDiffer).agree).toHaveLength(1);
	});
});
