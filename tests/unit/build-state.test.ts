import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getChronology, getClaimGraph, getEntityIndex, setBuildState } from '../../src/graph';
import { toClaimRef } from '../../src/shared/ids';
import { fixtureBuildState } from '../support/fixture-content';

// The slot the articles loader fills, on the global object (src/graph/index.ts says why).
const SLOT = Symbol.for('un-csto-companion.build-state');
const holder = globalThis as Record<symbol, unknown>;
let before: unknown;
beforeEach(() => {
	before = holder[SLOT];
	delete holder[SLOT];
});
afterEach(() => {
	holder[SLOT] = before;
});

describe('the build state the articles loader leaves', () => {
	it('says, for each part asked for, that the loader has not run and what to call instead', () => {
		expect(() => getClaimGraph()).toThrow(
			'The claim graph is built by the articles loader (src/content.config.ts), which has not run: read it inside an Astro build or dev server, or outside one read the content with readContentGraph() (src/loaders/read-content.ts) and readEntityIndex() and readChronology() (src/loaders/read-entities.ts).',
		);
		expect(() => getEntityIndex()).toThrow(
			/^The entity index is built by the articles loader \(src\/content\.config\.ts\), which has not run: /,
		);
		expect(() => getChronology()).toThrow(
			/^The chronology is built by the articles loader \(src\/content\.config\.ts\), which has not run: /,
		);
	});

	it('throws the content error that stopped the last read, whichever part is asked for', () => {
		const failed = new Error('content/articles/x.md: claims[0].quote: expected words of the text, found none');
		setBuildState(failed);
		for (const read of [getClaimGraph, getEntityIndex, getChronology]) expect(read).toThrow(failed);
	});

	it('hands out the three parts of one read together', () => {
		const state = fixtureBuildState();
		const { graph, entities, chronology } = state;
		setBuildState(state);
		expect(getClaimGraph()).toBe(graph);
		expect(getEntityIndex()).toBe(entities);
		expect(getChronology()).toBe(chronology);
	});
});

describe('the pages’ URLs (src/site/site.ts)', () => {
	it('load before the loader has run, and are made from the build state when first asked for', async () => {
		const { href, urls } = await import('../../src/site/site');
		expect(() => urls.article('alpha-2009')).toThrow(/^The claim graph is built by the articles loader/);
		expect(() => href('about/')).toThrow(/^The claim graph is built by the articles loader/);
		const state = fixtureBuildState();
		setBuildState(state);
		expect(href('about/')).toBe('/about/');
		expect(urls.claimPage(toClaimRef('alpha-2009/accord-planned'))).toBe('/claims/alpha-2009/accord-planned/');
	});

	it('follow the plan of the last read, as when the dev server reads a grown library again', async () => {
		const { urls } = await import('../../src/site/site');
		const state = fixtureBuildState();
		setBuildState(state);
		expect(urls.claimPage(toClaimRef('alpha-2009/accord-planned'))).toBe('/claims/alpha-2009/accord-planned/');
		setBuildState({ ...state, graph: { ...state.graph, plan: { ...state.graph.plan, claimHome: 'article-section' } } });
		expect(urls.claimPage(toClaimRef('alpha-2009/accord-planned'))).toBe('/articles/alpha-2009/claims/#accord-planned');
	});
});
