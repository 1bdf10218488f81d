/**
 * What a first visit fetches in the background for offline reading: every
 * request the companion's service worker makes (src/offline/service-worker.ts)
 * from a fresh context's first page, scrolled once, until the page says "Available offline".
 * Counted from the browser's network events, as page-weight.ts counts a page,
 * but only the worker's requests: the page's own are the page's weight.
 */
import type { Browser } from '@playwright/test';
import { recordNetwork } from './page-weight.ts';

export interface OfflinePrecache {
	status: 'ok' | 'missing';
	/** Requests the service worker made, and their bytes on the wire (headers included). */
	requests?: number;
	transferBytes?: number;
	reason?: string;
}

export async function measureOfflinePrecache(browser: Browser, url: string): Promise<OfflinePrecache> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const fromWorker = new Set<string>();
		context.on('request', (request) => {
			if (request.serviceWorker()) fromWorker.add(request.url());
		});
		const network = recordNetwork(context);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		// The registration waits for the reader's first scroll (src/scripts/common/boot.entry.ts).
		await page.mouse.wheel(0, 400);
		try {
			await page.locator('#offline-status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 120_000 });
		} catch {
			return { status: 'missing', reason: 'the page never said "Available offline"' };
		}
		await network.settle();
		const worker = network.finished.filter((t) => fromWorker.has(t.url));
		return { status: 'ok', requests: worker.length, transferBytes: worker.reduce((s, t) => s + t.transferBytes, 0) };
	} finally {
		await context.close();
	}
}
