import { expect, it } from 'vitest';
import { buildTextDirective, countMatches } from '../../src/cite/text-fragment';
import type { ClaimGraph } from '../../src/graph';
import { captureOf } from '../../src/site/source-links';

/**
 * The checks every content folder's claims must pass, the fixture site's in
 * the unit tests and the real one's in tests/content: each article has a
 * capture, and each claim's fragment matches exactly one place in it, the claim's.
 */
export function checkFragmentsOf(graph: ClaimGraph, content: string): void {
	const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

	it('has a capture for every article', () => {
		for (const article of graph.articles) expect(captureOf(graph, article.id, content), article.id).toBeTypeOf('string');
	});

	for (const claim of graph.claims) {
		it(`${claim.ref}: the fragment matches exactly one place in our copy`, () => {
			const doc = captureOf(graph, claim.article, content) ?? '';
			const directive = buildTextDirective(doc, claim.text);
			expect(countMatches(doc, directive)).toBe(1);
			// The matched place is the claim's: the quote starts with the fragment's start (and ends with its end).
			expect(flat(claim.text).startsWith(directive.start.toLowerCase())).toBe(true);
			if (directive.end) expect(flat(claim.text).endsWith(directive.end.toLowerCase())).toBe(true);
		});
	}
}
