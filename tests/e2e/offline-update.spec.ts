import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { writeServiceWorker } from '../../src/offline/service-worker';
import { firstVisit, note, noteListed } from '../support/offline-journey';
import { SCHEMES, violations } from './axe';
import { DIST } from './pages';

/**
 * A new build replaces the one a reader saved, whole, and only when the reader
 * takes the prompt; the notes stay. The second build is the first with one
 * page changed and its service worker generated again, as `astro build`
 * would (src/integrations/offline.ts), served from the same address. The first is
 * a copy of the build this suite serves (the fixture's, never dist/).
 */
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 180_000 });

let scratch: string;
let server: Server;
/** The folder served: the first build, then the second, at the same address (a deploy). */
let serve: ReturnType<typeof sirv>;
const deploy = (dir: string) => (serve = sirv(dir, { dev: true }));

test.beforeAll(async () => {
	scratch = mkdtempSync(join(tmpdir(), 'companion-update-'));
	cpSync(DIST, join(scratch, 'first'), { recursive: true });
	deploy(join(scratch, 'first'));
	server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(scratch, { recursive: true, force: true });
});

test('a second build’s page replaces the first after the “new version” prompt, and the notes survive it', async ({ page }) => {
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	await firstVisit(page, base);
	await note(page, base, 'beta-2010', 9, 'envoys travel from one member to the next', 'Kept across versions.');

	const second = join(scratch, 'second');
	cpSync(join(scratch, 'first'), second, { recursive: true });
	const home = join(second, 'index.html');
	writeFileSync(home, readFileSync(home, 'utf8').replace('<main id="main" tabindex="-1">', '$&<p id="second-build">Built again</p>'));
	await writeServiceWorker(second, { large: false });
	deploy(second);

	// The saved version answers until the reader chooses; the new one waits behind the prompt.
	await page.goto(base);
	await page.mouse.wheel(0, 400);
	const prompt = page.getByRole('alert').filter({ hasText: 'A new version of the companion is ready' });
	await expect(prompt).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('#second-build')).toHaveCount(0);
	await expect(page.locator('#offline-status')).toHaveText('Available offline');
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await violations(page), scheme).toEqual([]);
	}
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('#second-build')).toHaveText('Built again', { timeout: 30_000 });

	await noteListed(page, base, 'Kept across versions.');
});
