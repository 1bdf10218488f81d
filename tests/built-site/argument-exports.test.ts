import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgdownApplication, ModelPlugin, ParserPlugin } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { ARGUMENT_KIND } from '../../src/exports/argument-kinds';
import { DIST } from './site';

/** The argument exports read back against /claims.json: Argdown by Argdown's own parser, AIF by its graph rules. */
const claimsJson = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as {
	claims: { id: string; quote: string; kind: string }[];
	relations: { from: string; to: string; type: keyof typeof ARGUMENT_KIND }[];
};
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('/claims.argdown', () => {
	const app = new ArgdownApplication();
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(new ModelPlugin(), 'build-model');
	const response = app.run({ process: ['parse-input', 'build-model'], input: readFileSync(join(DIST, 'claims.argdown'), 'utf8') });

	it('parses without an error', () => {
		expect(response.lexerErrors ?? []).toEqual([]);
		expect((response.parserErrors ?? []).map((e) => e.message)).toEqual([]);
	});

	it('has a statement per claim, saying its quote word for word, tagged with its kind', () => {
		const statements = response.statements ?? {};
		expect(Object.keys(statements).sort()).toEqual(claimsJson.claims.map((c) => c.id).sort());
		for (const c of claimsJson.claims) {
			const member = statements[c.id]?.members[0];
			// Argdown keeps a statement's tags at the end of its text.
			expect(oneLine(member?.text ?? '').replace(/( #\([^)]*\)| #[\w-]+)+$/, ''), c.id).toBe(oneLine(c.quote));
			expect(member?.tags, c.id).toContain(c.kind);
		}
	});

	it('has a support or attack relation for each relation of those kinds, and no other', () => {
		const expected = claimsJson.relations
			.filter((r) => ARGUMENT_KIND[r.type] !== 'other')
			.map((r) => `${r.from} ${ARGUMENT_KIND[r.type]} ${r.to}`)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		const found = (response.relations ?? []).map((r) => `${r.from?.title} ${r.relationType} ${r.to?.title}`).sort();
		expect(found).toEqual(expected);
	});
});

describe('/claims.aif.json', () => {
	const aif = JSON.parse(readFileSync(join(DIST, 'claims.aif.json'), 'utf8')) as {
		nodes: { nodeID: string; type: string; text: string; claim?: string; relation?: string }[];
		edges: { fromID: string; toID: string }[];
		locutions: { nodeID: string; personID: string }[];
	};
	const byId = new Map(aif.nodes.map((n) => [n.nodeID, n]));
	const SCHEMES = ['RA', 'CA', 'MA', 'YA'];

	it('names who asserts a relayed claim as the pages do, the manner included', () => {
		// McDermott relays NATO's reasons as given privately (content/articles/mcdermott-2009.md, nato-private-reasons).
		const l = aif.nodes.find((n) => n.type === 'L' && n.claim === 'mcdermott-2009/nato-private-reasons');
		expect(l?.text).toMatch(/^Roger McDermott, reporting NATO \(privately\): /);
	});

	it('has an I-node per claim with its quote, and an L-node for who asserts it, joined through a YA node', () => {
		const inodes = aif.nodes.filter((n) => n.type === 'I');
		expect(inodes.map((n) => n.claim).sort()).toEqual(claimsJson.claims.map((c) => c.id).sort());
		for (const n of inodes) expect(n.text).toBe(oneLine(claimsJson.claims.find((c) => c.id === n.claim)?.quote ?? ''));
		const lnodes = aif.nodes.filter((n) => n.type === 'L');
		expect(lnodes).toHaveLength(inodes.length);
		expect(aif.locutions.map((l) => l.nodeID).sort()).toEqual(lnodes.map((n) => n.nodeID).sort());
		for (const l of lnodes) {
			const ya = aif.edges.filter((e) => e.fromID === l.nodeID).map((e) => byId.get(e.toID));
			expect(ya.map((n) => n?.type)).toEqual(['YA']);
			const asserted = aif.edges.filter((e) => e.fromID === ya[0]?.nodeID).map((e) => byId.get(e.toID));
			expect(asserted.map((n) => n?.claim)).toEqual([l.claim]);
		}
	});

	it('has an RA, CA or MA node per relation, by its kind', () => {
		const want = { support: 'RA', attack: 'CA', other: 'MA' } as const;
		const schemes = aif.nodes.filter((n) => ['RA', 'CA', 'MA'].includes(n.type));
		expect(schemes.map((n) => `${n.relation} ${n.type}`).sort()).toEqual(
			claimsJson.relations.map((r) => `${r.type} ${want[ARGUMENT_KIND[r.type]]}`).sort(),
		);
	});

	it('keeps the graph rules: no edge from an I-node to an I-node, every scheme node with an edge in and an edge out', () => {
		for (const e of aif.edges) {
			expect(byId.has(e.fromID) && byId.has(e.toID)).toBe(true);
			expect([byId.get(e.fromID)?.type, byId.get(e.toID)?.type]).not.toEqual(['I', 'I']);
		}
		for (const n of aif.nodes.filter((x) => SCHEMES.includes(x.type))) {
			expect(aif.edges.some((e) => e.toID === n.nodeID)).toBe(true);
			expect(aif.edges.some((e) => e.fromID === n.nodeID)).toBe(true);
		}
	});
});
