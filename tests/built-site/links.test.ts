import { describe, expect, it } from 'vitest';
import { builtPages, elements, fileFor, idsOf, parsePage } from './site';

/**
 * A crawl of the built site: every same-site link, stylesheet, script and
 * image resolves to a built file, and every fragment (`#claim-…`, `#p-…`,
 * headings) exists on the page it points to.
 */
const ATTRS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action' };

describe('links in the built site', () => {
	const pages = builtPages();
	const broken: string[] = [];
	const missingFragments: string[] = [];
	let checked = 0;
	for (const { path, file } of pages) {
		for (const el of elements(parsePage(file), (e) => e.tagName in ATTRS)) {
			const value = el.properties[ATTRS[el.tagName] === 'href' ? 'href' : ATTRS[el.tagName] === 'src' ? 'src' : 'action'];
			if (typeof value !== 'string' || value === '') continue;
			const url = new URL(value, `http://site.test${path}`);
			if (url.origin !== 'http://site.test') continue;
			checked += 1;
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${path} → ${value}`);
				continue;
			}
			if (url.hash && !url.hash.startsWith('#:~:') && target.endsWith('.html')) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!idsOf(target).has(id)) missingFragments.push(`${path} → ${value}`);
			}
		}
	}

	it('checks the links of every page', () => {
		expect(pages.length).toBeGreaterThan(10);
		expect(checked).toBeGreaterThan(500);
	});
	it('has no broken links', () => {
		expect(broken).toEqual([]);
	});
	it('has no missing fragment targets', () => {
		expect(missingFragments).toEqual([]);
	});
});
