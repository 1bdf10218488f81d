import type { AstroIntegration } from 'astro';
import { freezeClaimGraph } from '../graph';

/**
 * Tells the claim graph whether it may trust its cache: in a build the
 * content is fixed, so the graph is built once and never re-checked against
 * the files (at a thousand articles, re-checking cost more than some pages).
 */
export function claimGraphIntegration(): AstroIntegration {
	return {
		name: 'companion:claim-graph',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') freezeClaimGraph();
			},
		},
	};
}
