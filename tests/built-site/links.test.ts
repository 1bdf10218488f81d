import { createServer } from 'node:net';
import { check, LinkState } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, fileFor, idsOf } from './site';

/**
 * A crawl of the built site, by linkinator over dist/ on its own local
 * server: every same-site link, stylesheet, script and image resolves, and
 * every fragment (`#claim-…`, `#p-…`, headings) exists on the page it points to.
 * Nothing off the crawl's origin is requested: the canonical and social URLs
 * name the deployed site, the source links the publishers' pages.
 */

/** A free port, so that the links linkinator may follow are known before it starts. */
const freePort = () =>
	new Promise<number>((done, fail) => {
		const probe = createServer().once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});

describe('links in the built site', () => {
	const broken: string[] = [];
	const missingFragments: string[] = [];
	let checked = 0;
	let crawled = 0;
	let fragmentsChecked = 0;

	beforeAll(async () => {
		const port = await freePort();
		const origin = `http://127.0.0.1:${port}`;
		// linkinator reports each URL once, without its fragment; every link as written passes this first.
		const fragments = new Set<string>();
		const result = await check({
			path: DIST,
			port,
			recurse: true,
			concurrency: 8,
			linksToSkip: async (link) => {
				const url = new URL(link);
				if (url.origin !== origin) return true;
				if (url.hash) fragments.add(link);
				// A search landing (`?highlight=` words, every entity mention links so) is the same page as without
				// them: its path and fragment are checked here, and the crawl fetches each page once, not once per word.
				if (url.searchParams.has('highlight')) {
					if (!fileFor(url.pathname)) broken.push(`${link} (no such page)`.replace(origin, ''));
					return true;
				}
				return false;
			},
		});
		for (const link of result.links) {
			if (link.state === LinkState.SKIPPED) continue;
			checked += 1;
			if (link.state === LinkState.BROKEN) broken.push(`${link.parent ?? '(start)'} → ${link.url} (${link.status})`.replaceAll(DIST, ''));
			else if (/\/$|\.html$/.test(new URL(link.url, origin).pathname)) crawled += 1;
		}
		// Our own fragment check: an id on the page, not linkinator's looser name-or-id; text fragments are the browser's.
		for (const link of fragments) {
			const url = new URL(link);
			if (url.hash.startsWith('#:~:')) continue;
			fragmentsChecked += 1;
			const target = fileFor(url.pathname);
			if (target?.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
				missingFragments.push(`${url.pathname}${url.hash}`);
		}
	});

	it('checks the links of every page', () => {
		expect(builtPages().length).toBeGreaterThan(10);
		expect(crawled).toBeGreaterThan(10);
		// Each URL once (linkinator deduplicates), where the hand-written crawl counted every occurrence.
		// (Fewer since each claim no longer has three citation files of its own: src/shared/moved.ts.)
		expect(checked).toBeGreaterThan(100);
		expect(fragmentsChecked).toBeGreaterThan(100);
	});
	it('has no broken links', () => {
		expect(broken).toEqual([]);
	});
	it('has no missing fragment targets', () => {
		expect(missingFragments.sort()).toEqual([]);
	});
});
