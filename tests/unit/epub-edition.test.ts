import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { epubEdition } from '../../src/epub/edition';
import { abs, articles, itemOf, urls } from '../support/cite-items';

const input = (id: string, modified = new Date('2026-01-02T03:04:05Z')) => {
	const article = articles.find((a) => a.id === id);
	if (!article) throw new Error(id);
	return { article, item: itemOf(id), pageUrl: abs(urls.article(id)), siteName: 'Companion', modified };
};

describe('an EPUB edition', () => {
	const zone = process.env.TZ;
	afterEach(() => {
		process.env.TZ = zone;
	});

	it.each(articles.map((a) => a.id))('of %s has the same bytes for the same content, in any time zone', async (id) => {
		process.env.TZ = 'UTC';
		const first = await epubEdition(input(id));
		process.env.TZ = 'Pacific/Kiritimati';
		const second = await epubEdition(input(id));
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
	});

	it('changes when the text’s date of change does, and says it to the second', async () => {
		const [a] = articles;
		if (!a) throw new Error('no fixture article');
		const one = await epubEdition(input(a.id));
		const other = await epubEdition(input(a.id, new Date('2026-01-02T03:04:06Z')));
		expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
		const opf = new TextDecoder().decode(unzipSync(one)['EPUB/package.opf']);
		expect(opf).toContain('<meta property="dcterms:modified">2026-01-02T03:04:05Z</meta>');
		expect(opf).toContain(`<dc:identifier id="uid">${abs(urls.article(a.id))}</dc:identifier>`);
	});

	it('lists its files in a fixed order, mimetype first', async () => {
		const [a] = articles;
		if (!a) throw new Error('no fixture article');
		expect(Object.keys(unzipSync(await epubEdition(input(a.id))))).toEqual([
			'mimetype',
			'META-INF/container.xml',
			'EPUB/package.opf',
			'EPUB/nav.xhtml',
			'EPUB/title.xhtml',
			'EPUB/text.xhtml',
			'EPUB/style.css',
		]);
	});
});
