import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/shared/annotation';
import { AnnotationSchema } from '../../src/shared/annotation-schema';
import { importCollection, MAX_FILE_BYTES, toCollection, toCsv, toMarkdown, type Cited } from '../../src/shared/notes-io';

function annotation(n: number, over: Partial<Annotation> = {}, exact = `words ${n}`, note = ''): Annotation {
	return AnnotationSchema.parse({
		id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		type: 'Annotation',
		motivation: note ? 'commenting' : 'highlighting',
		created: '2026-12-01T10:00:00.000Z',
		modified: '2026-12-01T10:00:00.000Z',
		body: [
			{ type: 'TextualBody', purpose: 'tagging', value: 'question' },
			...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: note }] : []),
		],
		target: {
			source: `https://companion.example/articles/${n % 2 ? 'beta-2010' : 'alpha-2009'}/`,
			selector: {
				type: 'FragmentSelector',
				value: `p-${n}`,
				refinedBy: [
					{ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
					{ type: 'TextPositionSelector', start: 3, end: 3 + exact.length },
				],
			},
		},
		...over,
	});
}
const collection = (items: unknown[]) =>
	JSON.stringify({
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		first: { type: 'AnnotationPage', items },
	});
const cite = (a: Annotation): Cited => ({
	link: `${a.target.source}#${a.target.selector.value}`,
	citation: `Cited ${a.target.selector.value}.`,
	title: 'A Title',
});

describe('exports', () => {
	const list = [annotation(3, {}, 'third', 'A note\non two lines'), annotation(2), annotation(1)];

	it('the collection is W3C JSON-LD in text order (article, then paragraph), and imports back as it was', () => {
		const text = toCollection(list, 'My notes');
		const parsed = JSON.parse(text) as { type: string; total: number; first: { items: Annotation[] } };
		expect(parsed.type).toBe('AnnotationCollection');
		expect(parsed.total).toBe(3);
		expect(parsed.first.items.map((a) => a.target.selector.value)).toEqual(['p-2', 'p-1', 'p-3']);
		const back = importCollection(text, []);
		expect(back.ok && back.merged).toEqual(parsed.first.items);
	});

	it('Markdown quotes the words, gives the category, the note, the citation and the link', () => {
		const md = toMarkdown([annotation(3, {}, 'third', 'A note')], cite);
		expect(md).toBe(
			'# My notes\n\n## A Title\n\n> third\n\n? **Question**\n\nA note\n\nCited p-3. <https://companion.example/articles/beta-2010/#p-3>\n',
		);
	});

	it('CSV quotes every field, doubles quotes, and neutralises what a spreadsheet would run as a formula', () => {
		const csv = toCsv([annotation(1, {}, '=HYPERLINK("http://x")', '@SUM(1)')], cite);
		const [header, row] = csv.split('\r\n');
		expect(header).toBe('"article","paragraph","category","quote","note","citation","link","created","modified"');
		expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(row).toContain(`"'@SUM(1)"`);
	});
});

describe('importCollection', () => {
	const stored = [annotation(1), annotation(2)];

	it('merges: new ids added, a later copy of a known id updates it, an earlier one or a duplicate under another id is skipped', () => {
		const later = annotation(1, { modified: '2026-12-02T10:00:00.000Z' });
		const copy = { ...annotation(2), id: 'urn:uuid:00000000-0000-4000-8000-999999999999' };
		const result = importCollection(collection([annotation(4), later, annotation(2), copy]), stored);
		expect(result).toMatchObject({ ok: true, added: 1, updated: 1, same: 2 });
		expect(result.ok && result.merged.map((a) => a.id)).toEqual([annotation(4).id, later.id]);
	});

	it('malformed files are refused whole, with a clear message', () => {
		expect(importCollection('{"a": ', [])).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^The file is not JSON .*nothing was imported\.$/),
		});
		expect(importCollection('[]', [])).toMatchObject({ ok: false, message: expect.stringContaining('Not an annotation collection') });
		expect(importCollection('x'.repeat(MAX_FILE_BYTES + 1), [])).toMatchObject({
			ok: false,
			message: expect.stringContaining('larger than 5 MB'),
		});
	});

	const field = (item: unknown) => {
		const result = importCollection(collection([annotation(5), item]), stored);
		return result.ok ? 'imported' : result.message;
	};

	it('a javascript: URL, a hostile id or category is refused with the field named', () => {
		const good = JSON.parse(JSON.stringify(annotation(6))) as Record<string, unknown> & {
			target: { source: string };
			body: { value: string }[];
		};
		expect(field({ ...good, target: { ...good.target, source: 'javascript:alert(1)//x/articles/alpha-2009/' } })).toMatch(
			/^first\.items\[1\]\.target\.source: expected an http\(s\) address of a reading page, …\/articles\/<id>\/, found "javascript:alert\(1\)/,
		);
		expect(field({ ...good, id: '"><img src=x onerror=alert(1)>' })).toMatch(/^first\.items\[1\]\.id: expected urn:uuid:<uuid>, found/);
		expect(field({ ...good, body: [{ type: 'TextualBody', purpose: 'tagging', value: '<script>' }] })).toMatch(
			/^first\.items\[1\]\.body\[0\]\.value: expected one of key-point, question, disagree, found "<script>"/,
		);
		expect(
			field({ ...good, target: { ...good.target, selector: { type: 'FragmentSelector', value: 'p-1 onclick=x', refinedBy: [] } } }),
		).toMatch(/^first\.items\[1\]\.target\.selector\.value: expected a paragraph id/);
	});

	it('script in a note is kept as text, and its format made text/plain whatever the file says', () => {
		const note = '<script>alert(1)</script><img src=x onerror=alert(1)>';
		const item = JSON.parse(JSON.stringify(annotation(7, {}, 'words 7', note))) as { body: Record<string, string>[] };
		(item.body[1] as Record<string, string>).format = 'text/html';
		const result = importCollection(collection([item]), []);
		expect(result.ok && result.merged[0]?.body[1]).toEqual({
			type: 'TextualBody',
			purpose: 'commenting',
			value: note,
			format: 'text/plain',
		});
	});

	it('fields are bounded: a huge note or too many items is refused', () => {
		expect(field({ ...annotation(8), body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }] })).toMatch(
			/^first\.items\[1\]\.body\[0\]\.value: .*at most 20000 characters/,
		);
		const many = importCollection(collection(Array.from({ length: 5001 }, () => ({}))), []);
		expect(many).toMatchObject({ ok: false, message: expect.stringContaining('file.first.items: expected at most 5000 annotations') });
	});
});
