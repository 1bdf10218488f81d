import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build';
import { articleAnnotations, buildAnnotations } from '../exports/annotations';
import { getClaimGraph } from '../graph';
import { LOCAL_SITE } from '../shared/site-url';

/** Writes `/annotations.jsonld` and one file per article, after the build: the selectors are measured on the built pages (src/exports/annotations.ts). */
export function annotationsIntegration(): AstroIntegration {
	return afterBuild('companion:annotations', async ({ out, base, site: configured, logger }) => {
		const site = configured ?? `${LOCAL_SITE}/`;
		const graph = getClaimGraph();
		const collection = await buildAnnotations(graph, out, site, base);
		// Unindented: indentation was a large share of a large library's collection.
		await writeFile(join(out, 'annotations.jsonld'), `${JSON.stringify(collection)}\n`);
		await mkdir(join(out, 'annotations'), { recursive: true });
		for (const { article, part } of articleAnnotations(graph, collection, site, base)) {
			await writeFile(join(out, 'annotations', `${article}.jsonld`), `${JSON.stringify(part)}\n`);
		}
		logger.info(`wrote ${collection.total} annotations, in all and per article`);
	});
}
