/**
 * Does any JavaScript run before the reader interacts? Counted from V8's
 * side, not the markup's: every script compiled in the page's main world
 * (CDP `Debugger.scriptParsed`) from navigation until the network is idle,
 * with no input sent. Inline, external and module scripts all count; the
 * bench evaluates nothing in the page while counting.
 */
import type { Browser } from '@playwright/test';

interface ScriptRun {
	/** The script's URL, or "inline in <page>" for an inline script. */
	source: string;
	/** Characters of source compiled. */
	length: number;
	isModule: boolean;
}

export interface ScriptsBeforeInput {
	count: number;
	scripts: ScriptRun[];
	/** `PerformanceResourceTiming` entries with initiatorType "script", read after counting. */
	scriptResources: number;
	/** Web Workers the page started (their scripts are not in the count above). */
	workers: string[];
}

export async function scriptsBeforeInput(browser: Browser, url: string): Promise<ScriptsBeforeInput> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const client = await context.newCDPSession(page);
		const mainWorlds = new Set<number>();
		const parsed: { contextId: number; url: string; length: number; isModule: boolean }[] = [];
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		client.on('Runtime.executionContextCreated', (e) => {
			const aux = e.context.auxData as { isDefault?: boolean } | undefined;
			if (aux?.isDefault) mainWorlds.add(e.context.id);
		});
		client.on('Debugger.scriptParsed', (e) => {
			parsed.push({ contextId: e.executionContextId, url: e.url, length: e.length ?? 0, isModule: e.isModule ?? false });
		});
		await client.send('Runtime.enable');
		await client.send('Debugger.enable');
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		// Snapshot before anything of ours runs in the page.
		const scripts = parsed
			.filter((s) => mainWorlds.has(s.contextId) && !s.url.startsWith('__playwright') && !s.url.startsWith('pptr:'))
			.map((s) => ({
				source: s.url === '' || s.url === url ? `inline in ${new URL(url).pathname}` : s.url,
				length: s.length,
				isModule: s.isModule,
			}));
		const scriptResources = await page.evaluate(
			() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').length,
		);
		return { count: scripts.length + workers.length, scripts, scriptResources, workers };
	} finally {
		await context.close();
	}
}
