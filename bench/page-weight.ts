/**
 * What a browser transfers for one full page load, with a cold cache in a
 * fresh context, counted from the browser's own network events: Playwright's
 * `request.sizes()` (Chromium's encoded body and header bytes). They are
 * taken at the context, not the page's CDP session, because Pagefind fetches
 * its index from a Web Worker, whose requests a page session never sees.
 */
import type { Browser, BrowserContext, Request } from '@playwright/test';

type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Transfer {
	url: string;
	kind: ResourceKind;
	status: number;
	encoding: string;
	/** Bytes on the wire, response headers included. */
	transferBytes: number;
	/** The response body as sent (compressed when it was). */
	bodyBytes: number;
}

export interface PageWeight {
	status: number;
	requests: number;
	transferBytes: number;
	bodyBytes: number;
	byKind: Record<ResourceKind, { requests: number; transferBytes: number; bodyBytes: number }>;
	transfers: Transfer[];
}

const KIND_OF: Record<string, ResourceKind> = {
	document: 'html',
	stylesheet: 'css',
	script: 'js',
	font: 'font',
	image: 'image',
	media: 'image',
};

export interface NetworkLog {
	/** One entry per finished request, in the order they finished; filled in by `settle()`. */
	finished: Transfer[];
	/** Waits for the sizes of every request finished so far. */
	settle(): Promise<void>;
}

async function describe(request: Request, into: Transfer): Promise<void> {
	const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
	const headers = (await response?.allHeaders()) ?? {};
	const mime = headers['content-type'] ?? '';
	// The favicon comes as type "other"; its MIME type says it is an image.
	into.kind = KIND_OF[request.resourceType()] ?? (mime.startsWith('image/') ? 'image' : mime.startsWith('font/') ? 'font' : 'other');
	into.status = response?.status() ?? 0;
	into.encoding = headers['content-encoding'] ?? 'identity';
	into.bodyBytes = sizes.responseBodySize;
	into.transferBytes = sizes.responseBodySize + sizes.responseHeadersSize;
}

/** Records every request of the context, the page's and its workers'. */
export function recordNetwork(context: BrowserContext): NetworkLog {
	const finished: Transfer[] = [];
	const pending: Promise<void>[] = [];
	context.on('requestfinished', (request) => {
		if (request.url().startsWith('data:')) return;
		// The slot is taken now so the order is the order of finishing; the sizes arrive later.
		const entry: Transfer = { url: request.url(), kind: 'other', status: 0, encoding: 'identity', transferBytes: 0, bodyBytes: 0 };
		finished.push(entry);
		pending.push(describe(request, entry).catch(() => undefined));
	});
	return { finished, settle: async () => void (await Promise.all(pending)) };
}

function summarise(transfers: Transfer[], status: number): PageWeight {
	const zero = () => ({ requests: 0, transferBytes: 0, bodyBytes: 0 });
	const byKind: PageWeight['byKind'] = { html: zero(), css: zero(), js: zero(), font: zero(), image: zero(), other: zero() };
	for (const t of transfers) {
		byKind[t.kind].requests++;
		byKind[t.kind].transferBytes += t.transferBytes;
		byKind[t.kind].bodyBytes += t.bodyBytes;
	}
	return {
		status,
		requests: transfers.length,
		transferBytes: transfers.reduce((s, t) => s + t.transferBytes, 0),
		bodyBytes: transfers.reduce((s, t) => s + t.bodyBytes, 0),
		byKind,
		transfers,
	};
}

/** Loads `url` in a fresh context (an empty cache) and counts every response until the network is idle. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
	// The page's own weight: what the offline service worker saves in the background is measured apart (offline-precache.ts).
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const network = recordNetwork(context);
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load' });
		// "Full page load": also what the page fetches after `load` on its own (no interaction).
		await page.waitForLoadState('networkidle');
		await network.settle();
		return summarise(network.finished, response?.status() ?? 0);
	} finally {
		await context.close();
	}
}
