import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build';
import { getClaimGraph } from '../graph';
import { icons, MANIFEST_FILE, webManifest } from '../offline/web-manifest';
import { writeServiceWorker } from '../offline/service-worker';
import { SITE_NAME } from '../shared/site-name';

/**
 * The installable, offline companion (docs/offline-and-epub.md): writes the
 * web app manifest and its icons, then Workbox's service worker over the
 * finished build. Last of the integrations, so that it sees Pagefind's index
 * and every file the others wrote.
 */
export function offlineIntegration(): AstroIntegration {
	return afterBuild('companion:offline', async ({ out, base, logger }) => {
		const made = icons();
		for (const icon of made) {
			await mkdir(dirname(join(out, icon.file)), { recursive: true });
			await writeFile(join(out, icon.file), icon.png);
		}
		const manifest = webManifest(
			base,
			SITE_NAME,
			'UN–CSTO',
			'Two analyses of the 2009–2010 cooperation between the UN and the CSTO, to read, compare and cite.',
			made,
		);
		await writeFile(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
		// A library (src/shared/library-plan.ts) precaches its shell and search index, and keeps pages as they are read.
		const large = getClaimGraph().plan.regime === 'library';
		const { count, size, warnings } = await writeServiceWorker(out, { large });
		for (const w of warnings) logger.warn(w);
		logger.info(
			`service worker precaches ${count} files (${(size / 1024).toFixed(1)} KiB before compression)${large ? ': the shell and the search index; pages as they are read' : ''}`,
		);
	});
}
