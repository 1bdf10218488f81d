import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { unzipSync } from 'fflate';
import { remove } from 'unist-util-remove';
import { describe, expect, it } from 'vitest';
import { graph, urls } from './content';
import { DIST, parsePage } from './site';

/** Debian's epubcheck (tests/ensure-tools.mjs installs it): /usr/bin/epubcheck is its jar, run through java. */
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

const epubOf = (id: string) => join(DIST, 'epub', `${id}.epub`);
const xhtml = (files: Record<string, Uint8Array>, name: string): Root => {
	const file = files[name];
	if (!file) throw new Error(`no ${name} in the EPUB`);
	return fromHtml(new TextDecoder().decode(file));
};

/** What the reader reads as the author's words, one string per block: without paragraph numbers, [sic] marks, labels and whatever the companion adds. */
function authorsBlocks(scope: Element | Root): string[] {
	const tree = structuredClone(scope);
	const added = new Set<Element>(
		selectAll('.pnum, .anchor, .sic-mark, .claim-note, .claim-fold, .claim-letter, .label, [hidden], .visually-hidden', tree),
	);
	remove(tree, (node) => added.has(node as Element));
	return selectAll('p, h2, h3, figcaption', tree).map((el) => toString(el).trim());
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe.each(graph.articles.map((a) => a.id))('the EPUB edition of %s', (id) => {
	const bytes = readFileSync(epubOf(id));
	const files = unzipSync(bytes);
	const page = parsePage(`${urls.article(id).slice(1)}index.html`);

	it('passes epubcheck with no error or warning', () => {
		const run = spawnSync('java', ['-jar', EPUBCHECK, epubOf(id)], { encoding: 'utf8' });
		expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
		expect(`${run.stdout}\n${run.stderr}`).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
		expect(run.status).toBe(0);
	});

	it('is a zip that starts with mimetype, stored, and carries one fixed date on every entry', () => {
		// Local file header: signature, version, flags, method (0 = stored) at 8, time at 10, date at 12, name at 30.
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(8, true)).toBe(0);
		expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype');
		expect(new TextDecoder().decode(bytes.subarray(38, 58))).toBe('application/epub+zip');
		const dates = new Set<string>();
		for (let at = 0; at + 4 <= bytes.length; at++) {
			if (view.getUint32(at, true) === 0x04034b50) dates.add(`${view.getUint16(at + 10, true)}/${view.getUint16(at + 12, true)}`);
		}
		// DOS date 0x0021: 1980-01-01, time 0.
		expect([...dates]).toEqual(['0/33']);
	});

	it('has the reading page’s text, word for word, with the paragraph numbers and the same slips marked', () => {
		const text = xhtml(files, 'EPUB/text.xhtml');
		const prose = select('.prose', page);
		const caption = select('figure.caption', page);
		expect(prose).toBeDefined();
		const expected = [...(caption ? authorsBlocks(caption) : []), ...authorsBlocks(prose as Element)];
		const got = authorsBlocks(select('body', text) as Element);
		// The EPUB's text document opens with the title (an h1, not counted) then the caption and the body.
		expect(got).toEqual(expected);
		expect(expected.join(' ').split(/\s+/).length).toBeGreaterThan(400);
		const paragraphs = selectAll('.prose > p[id^="p-"]', page).map((p) => String(p.properties.id));
		expect(selectAll('p[id^="p-"]', text).map((p) => String(p.properties.id))).toEqual(paragraphs);
		expect(selectAll('p[id^="p-"] > .pnum', text).map((n) => toString(n))).toEqual(paragraphs.map((p) => p.slice(2)));
		const slips = (tree: Root | Element) =>
			selectAll('.sic', tree).map((s) => `${toString(s)}→${String(s.properties.dataCorrect ?? s.properties.dataNote)}`);
		expect(slips(text)).toEqual(slips(prose as Element));
		expect(selectAll('.sic-mark', text).map((m) => toString(m).trim().startsWith('[sic'))).toEqual(selectAll('.sic', text).map(() => true));
		if (caption) expect(toString(select('figcaption .label', text) as Element)).toContain('Photo caption in the original');
		expect(toString(select('aside.author-note .label', text) as Element)).toContain('About the author');
	});

	it('has a title page with what we know, how sure we are, the three citations and the companion’s URL', () => {
		const title = xhtml(files, 'EPUB/title.xhtml');
		const text = toString(title).replace(/\s+/g, ' ');
		const article = graph.articleById.get(id as never);
		if (!article) throw new Error(id);
		// The date at its precision and the publisher's certainty, as the reading page's header shows them.
		const shown = (sel: string) =>
			toString(select(sel, page) as Element)
				.replace(/\s+/g, ' ')
				.trim();
		expect(text).toContain(shown('.pubmeta time') + ' (' + shown('.pubmeta .precision').replace(/^\(|\)$/g, '') + ')');
		expect(text).toMatch(new RegExp(`${escape(article.data.organisation.shortName)}\\)?: ${article.data.organisation.certainty}`));
		if (article.data.host) expect(text).toContain(`${article.data.host.name}: ${article.data.host.certainty}`);
		// The same citations as the reading page's Cite block.
		const cites = new Map(
			selectAll('.cite-entry', page).map((e) => [toString(select('dt', e) as Element), toString(select('.citation', e) as Element).trim()]),
		);
		const labels = selectAll('dt', title).map((dt) => toString(dt));
		for (const [page, epub] of [
			['Chicago (bibliography)', 'Chicago'],
			['APA 7', 'APA'],
			['MLA 9', 'MLA'],
		] as const) {
			expect(cites.get(page)?.length ?? 0).toBeGreaterThan(20);
			expect(text).toContain(cites.get(page));
			expect(labels).toContain(epub);
		}
		expect(text).toContain(`http://localhost:4321${urls.article(id)}`);
	});

	it('is linked from its reading page', () => {
		const link = selectAll('a[href]', page).find((a) => String(a.properties.href) === `/epub/${id}.epub`);
		expect(link && toString(link)).toMatch(/EPUB/);
	});
});
