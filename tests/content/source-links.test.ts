import { describe, expect, it } from 'vitest';
import { buildTextDirective, countMatches } from '../../src/cite/text-fragment';
import { contentDir, readContentGraph } from '../../src/loaders/read-content';
import { captureOf } from '../../src/site/source-links';
import { ROOT } from '../support/capture';

// The real texts decide whether a fragment is unique: a new claim can make
// one ambiguous without any code changing, so this is a check of the content.
const graph = readContentGraph(contentDir(ROOT), ROOT);

describe('text fragments of the real claims', () => {
	it('has a capture for every article', () => {
		for (const article of graph.articles) expect(captureOf(graph, article.id), article.id).toBeTypeOf('string');
	});

	for (const claim of graph.claims) {
		it(`${claim.ref}: the fragment matches exactly one place in our copy`, () => {
			const doc = captureOf(graph, claim.article) as string;
			const directive = buildTextDirective(doc, claim.text);
			expect(countMatches(doc, directive)).toBe(1);
			expect(claim.text.replace(/\s+/g, ' ').toLowerCase().startsWith(directive.start.toLowerCase())).toBe(true);
			if (directive.end) expect(claim.text.replace(/\s+/g, ' ').toLowerCase().endsWith(directive.end.toLowerCase())).toBe(true);
		});
	}
});
