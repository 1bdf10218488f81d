import { ArgdownApplication, ModelPlugin, ParserPlugin } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import type { ClaimGraph, ClaimNode } from '../../src/graph/types';
import { toArgdown } from '../../src/exports/argdown';
import { fixtureGraph } from '../support/fixture-content';

const parse = (input: string) => {
	const app = new ArgdownApplication();
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(new ModelPlugin(), 'build-model');
	return app.run({ process: ['parse-input', 'build-model'], input });
};

describe('the Argdown export', () => {
	it('keeps a quote with Argdown’s own marks in it as the author wrote it', () => {
		const base = fixtureGraph();
		const text = 'A [sic] mark, <an aside>, #1 and *stars*, _under_ @someone {braces} +> -> a: colon \\ and `code`.';
		const [first, ...rest] = base.claims as [ClaimNode, ...ClaimNode[]];
		const graph: ClaimGraph = { ...base, claims: [{ ...first, text }, ...rest] };
		graph.claimsByArticle = new Map(
			[...base.claimsByArticle].map(([a, cs]) => [a, cs.map((c) => (c.ref === first.ref ? { ...c, text } : c))]),
		);
		const response = parse(toArgdown(graph, 'https://example.org/'));
		expect(response.parserErrors ?? []).toEqual([]);
		expect(Object.keys(response.statements ?? {})).toHaveLength(base.claims.length);
		// Argdown keeps the tags (kind, who speaks) at the end of the text.
		expect(response.statements?.[first.ref]?.members[0]?.text?.startsWith(`${text} #${first.kind}`)).toBe(true);
	});
});
