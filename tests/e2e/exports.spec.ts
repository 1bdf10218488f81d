import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSync } from 'esbuild';

import { DIST } from './pages';

interface Selector {
	type: string;
	exact?: string;
	prefix?: string;
	suffix?: string;
	start?: number;
	end?: number;
}
interface Annotation {
	id: string;
	target: { source: string; selector: Selector[] };
}

const collection = JSON.parse(readFileSync(join(DIST, 'annotations.jsonld'), 'utf8')) as {
	total: number;
	first: { items: Annotation[] };
};
const claims = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as { claims: { id: string }[] };

// The two anchoring libraries, bundled for the page as a reader's annotation tool would load them.
const anchoring = buildSync({
	stdin: {
		contents:
			"import * as quote from 'dom-anchor-text-quote'; import * as position from 'dom-anchor-text-position'; window.anchoring = { quote, position };",
		resolveDir: join(import.meta.dirname, '..', '..'),
	},
	bundle: true,
	format: 'iife',
	write: false,
}).outputFiles[0]?.text as string;

test('there is one annotation per claim', () => {
	expect(collection.total).toBe(claims.claims.length);
	expect(collection.first.items.map((a) => a.id.split('#')[1]).sort()).toEqual(claims.claims.map((c) => c.id).sort());
});

// A reader's annotation tool runs as a browser extension, which the page's CSP does not bind;
// injecting the bundle as an inline script needs the same exemption here.
test.use({ bypassCSP: true });

const pages = [...new Set(collection.first.items.map((a) => new URL(a.target.source).pathname))];
for (const path of pages) {
	test(`every annotation on ${path} re-anchors on exactly its claim`, async ({ page }) => {
		await page.goto(path);
		await page.addScriptTag({ content: anchoring });
		const items = collection.first.items.filter((a) => new URL(a.target.source).pathname === path);
		const results = await page.evaluate((annotations) => {
			const { quote, position } = (
				window as unknown as {
					anchoring: {
						quote: { toRange: (root: Node, s: object, options?: { hint?: number }) => Range | null };
						position: { toRange: (root: Node, s: object) => Range | null };
					};
				}
			).anchoring;
			return annotations.map((a) => {
				const [q, p] = a.target.selector;
				const mark = document.getElementById(`claim-${a.id.split('#')[1]?.split('/')[1]}`);
				// The position is the quote's hint, as anchoring clients use it: the words a margin note gives its speaker
				// ("reporting one senior officer in Kazakhstan") may stand just before a quote that begins with them.
				const byQuote = quote.toRange(document.body, q as object, { hint: (p as { start: number }).start });
				const byPosition = position.toRange(document.body, p as object);
				// Same text, and no character between the range's ends and the mark's: the range is the mark's text.
				const inside = (r: Range | null) => {
					if (!r || !mark) return false;
					const span = document.createRange();
					span.selectNodeContents(mark);
					// The claim's text starts after the margin note floated inside its mark.
					const note = mark.querySelector(':scope > .claim-note');
					if (note) span.setStartAfter(note);
					const gap = (a: [Node, number], b: [Node, number]) => {
						const g = document.createRange();
						g.setStart(...a);
						g.setEnd(...b);
						return g.toString().length;
					};
					const [early, late] = r.compareBoundaryPoints(Range.START_TO_START, span) <= 0 ? [r, span] : [span, r];
					const [first, last] = r.compareBoundaryPoints(Range.END_TO_END, span) <= 0 ? [r, span] : [span, r];
					return (
						gap([early.startContainer, early.startOffset], [late.startContainer, late.startOffset]) === 0 &&
						gap([first.endContainer, first.endOffset], [last.endContainer, last.endOffset]) === 0
					);
				};
				return {
					id: a.id,
					quote: byQuote?.toString(),
					position: byPosition?.toString(),
					mark: [...(mark?.childNodes ?? [])]
						.filter((n) => !(n instanceof Element && n.classList.contains('claim-note')))
						.map((n) => n.textContent)
						.join(''),
					quoteInside: inside(byQuote),
					positionInside: inside(byPosition),
				};
			});
		}, items);
		for (const r of results) {
			expect(r.mark, r.id).toBeTruthy();
			expect(r.quote, r.id).toBe(r.mark);
			expect(r.position, r.id).toBe(r.mark);
			expect(r.quoteInside && r.positionInside, r.id).toBe(true);
		}
	});
}

test.describe('citation exports and metadata, read back from the built site', () => {
	for (const id of ['alpha-2009', 'beta-2010']) {
		test(`${id}: BibTeX, RIS and CSL-JSON parse back with citation-js`, async ({ request }) => {
			const { Cite } = await import('../../src/cite/citation-js');
			const { data } = (await import('../support/capture')).readArticle(id);
			const expectedDate = data.published.date.split('-').map(Number);
			for (const ext of ['bib', 'ris', 'json']) {
				const response = await request.get(`/cite/${id}.${ext}`);
				expect(response.status()).toBe(200);
				const records = new Cite(await response.text()).data as unknown as {
					author: { family: string }[];
					title: string;
					'container-title': string;
					issued: { 'date-parts': number[][] };
					URL: string;
				}[];
				// One article, one record: a reference manager imports it once.
				expect(records, ext).toHaveLength(1);
				const [item] = records;
				expect(item?.author[0]?.family, ext).toBe(data.author.name.split(' ').at(-1));
				// The sentence-case title the styles case for themselves (docs/citations.md).
				expect(item?.title, ext).toBe(data.titleSentenceCase ?? data.title);
				expect(item?.['container-title'], ext).toBe(data.organisation.name);
				expect(item?.issued['date-parts'][0], ext).toEqual(expectedDate);
				expect(item?.URL, ext).toBe(data.source.url);
			}
		});

		test(`${id}: Highwire tags and JSON-LD describe the original article`, async ({ page }) => {
			const { data } = (await import('../support/capture')).readArticle(id);
			await page.goto(`/articles/${id}/`);
			const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
			expect(await meta('citation_title')).toBe(data.title);
			expect(await meta('citation_author')).toBe(data.author.name);
			expect(await meta('citation_publication_date')).toBe(data.published.date.replace('-', '/'));
			expect(await meta('citation_publisher')).toBe(data.organisation.name);
			const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
			expect(ld['@type']).toBe('AnalysisNewsArticle');
			expect(ld.headline).toBe(data.title);
			expect(ld.author).toMatchObject({ name: data.author.name, description: data.author.affiliation });
			expect(ld.datePublished).toBe(data.published.date);
			expect(ld.isBasedOn).toBe(data.source.url);
		});
	}

	test('a claim page carries a schema.org Claim that appears in its article', async ({ page }) => {
		await page.goto('/claims/beta-2010/forces-beyond-borders/');
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
		expect(ld['@type']).toBe('Claim');
		expect(ld.text).toContain('willing to send CTB forces beyond its borders');
		expect(ld.appearance.url).toMatch(/\/articles\/beta-2010\/#claim-forces-beyond-borders$/);
		expect(ld.appearance.headline).toBe('The Meaning of UN-Bloc Ties');
	});

	test('the cite block copies a formatted citation with one click', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/articles/alpha-2009/');
		const block = page.getByRole('region', { name: 'Cite this article' });
		// No titleSentenceCase in the fixture: every style takes the headline as published.
		await expect(
			block.getByText('Alpha, Ann. “Capital Pushes For Formal Ties Between UN, Bloc.” Alpha Press Service, October 2009.'),
		).toBeVisible();
		await block.getByRole('button', { name: 'Copy the APA 7 citation' }).click();
		await expect(page.getByRole('status')).toHaveText('Citation copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Alpha, A. (2009, October). Capital Pushes For Formal Ties Between UN, Bloc. Alpha Press Service. https://alpha.example/a/formal-ties/1001.html',
		);
	});
});
