import { describe, expect, it } from 'vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { articleOf, noteOf, type Annotation } from '../../src/shared/annotation';
import { AnnotationSchema } from '../../src/shared/annotation-schema';
import { importCollection, markdownText, MAX_FILE_BYTES, toCollection, toCsv, toMarkdown, type Cited } from '../../src/shared/notes-io';

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

	it('the collection is W3C JSON-LD in text order (article, then paragraph), and imports back as it was', async () => {
		const text = toCollection(list, 'My notes');
		const parsed = JSON.parse(text) as { type: string; total: number; first: { items: Annotation[] } };
		expect(parsed.type).toBe('AnnotationCollection');
		expect(parsed.total).toBe(3);
		expect(parsed.first.items.map((a) => a.target.selector.value)).toEqual(['p-2', 'p-1', 'p-3']);
		const back = await importCollection(text, []);
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

	it('merges: new ids added, a later copy of a known id updates it, an earlier one or a duplicate under another id is skipped', async () => {
		const later = annotation(1, { modified: '2026-12-02T10:00:00.000Z' });
		const copy = { ...annotation(2), id: 'urn:uuid:00000000-0000-4000-8000-999999999999' };
		const result = await importCollection(collection([annotation(4), later, annotation(2), copy]), stored);
		expect(result).toMatchObject({ ok: true, added: 1, updated: 1, same: 2 });
		expect(result.ok && result.merged.map((a) => a.id)).toEqual([annotation(4).id, later.id]);
	});

	it('malformed files are refused whole, with a clear message', async () => {
		expect(await importCollection('{"a": ', [])).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^The file is not JSON .*nothing was imported\.$/),
		});
		expect(await importCollection('[]', [])).toMatchObject({ ok: false, message: expect.stringContaining('Not an annotation collection') });
		expect(await importCollection('x'.repeat(MAX_FILE_BYTES + 1), [])).toMatchObject({
			ok: false,
			message: expect.stringContaining('larger than 5 MB'),
		});
	});

	const field = async (item: unknown) => {
		const result = await importCollection(collection([annotation(5), item]), stored);
		return result.ok ? 'imported' : result.message;
	};

	it('a javascript: URL, a hostile id or category is refused with the field named', async () => {
		const good = JSON.parse(JSON.stringify(annotation(6))) as Record<string, unknown> & {
			target: { source: string };
			body: { value: string }[];
		};
		expect(await field({ ...good, target: { ...good.target, source: 'javascript:alert(1)//x/articles/alpha-2009/' } })).toMatch(
			/^first\.items\[1\]\.target\.source: expected an http\(s\) address of a reading page, …\/articles\/<id>\/, found "javascript:alert\(1\)/,
		);
		expect(await field({ ...good, id: '"><img src=x onerror=alert(1)>' })).toMatch(
			/^first\.items\[1\]\.id: expected urn:uuid:<uuid>, found/,
		);
		expect(await field({ ...good, body: [{ type: 'TextualBody', purpose: 'tagging', value: '<script>' }] })).toMatch(
			/^first\.items\[1\]\.body\[0\]\.value: expected one of key-point, question, disagree, found "<script>"/,
		);
		expect(
			await field({ ...good, target: { ...good.target, selector: { type: 'FragmentSelector', value: 'p-1 onclick=x', refinedBy: [] } } }),
		).toMatch(/^first\.items\[1\]\.target\.selector\.value: expected a paragraph id/);
	});

	it('script in a note is kept as text, and its format made text/plain whatever the file says', async () => {
		const note = '<script>alert(1)</script><img src=x onerror=alert(1)>';
		const item = JSON.parse(JSON.stringify(annotation(7, {}, 'words 7', note))) as { body: Record<string, string>[] };
		(item.body[1] as Record<string, string>).format = 'text/html';
		const result = await importCollection(collection([item]), []);
		expect(result.ok && result.merged[0]?.body[1]).toEqual({
			type: 'TextualBody',
			purpose: 'commenting',
			value: note,
			format: 'text/plain',
		});
	});

	it('fields are bounded: a huge note or too many items is refused', async () => {
		expect(await field({ ...annotation(8), body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }] })).toMatch(
			/^first\.items\[1\]\.body\[0\]\.value: .*at most 20000 characters/,
		);
		const many = await importCollection(collection(Array.from({ length: 5001 }, () => ({}))), []);
		expect(many).toMatchObject({ ok: false, message: expect.stringContaining('file.first.items: expected at most 5000 annotations') });
	});
});

describe('merging by time (robustness review, failure 2)', () => {
	const at = (n: number, modified: string, note = '') => annotation(n, { modified }, `words ${n}`, note);

	it('the same new id twice in one file, newer first: the newer copy is kept, counted once as added', async () => {
		const newer = at(11, '2025-06-01T00:00:00.000Z', 'newer');
		const older = at(11, '2024-01-01T00:00:00.000Z', 'older');
		const result = await importCollection(collection([newer, older]), []);
		expect(result).toMatchObject({ ok: true, added: 1, updated: 0, same: 0 });
		expect(result.ok && result.merged).toEqual([newer]);
	});

	it('a stored id and two newer copies in one file: the latest copy wins, counted once as updated', async () => {
		const stored = [at(12, '2026-01-01T00:00:00.000Z')];
		const latest = at(12, '2026-06-01T00:00:00.500Z', 'latest');
		const later = at(12, '2026-06-01T00:00:00Z', 'later');
		const result = await importCollection(collection([latest, later]), stored);
		expect(result).toMatchObject({ ok: true, added: 0, updated: 1, same: 0 });
		expect(result.ok && result.merged.map(noteOf)).toEqual(['latest']);
	});

	it('timestamps are compared as instants: a copy written without milliseconds, 0.065 s older, leaves the note as it is', async () => {
		const stored = [at(13, '2026-12-07T21:09:04.065Z', 'mine')];
		const result = await importCollection(collection([at(13, '2026-12-07T21:09:04Z', 'theirs')]), stored);
		expect(result).toMatchObject({ ok: true, merged: [], added: 0, updated: 0, same: 1 });
	});

	it('the same instant spelled with or without milliseconds is "already here"', async () => {
		const stored = [at(14, '2026-12-07T21:09:04.000Z')];
		expect(await importCollection(collection([at(14, '2026-12-07T21:09:04Z')]), stored)).toMatchObject({ added: 0, updated: 0, same: 1 });
	});

	it('counts what was added, updated and left as it was, each id once', async () => {
		const stored = [at(1, '2026-01-01T00:00:00.000Z'), at(2, '2026-01-01T00:00:00.000Z')];
		const file = [
			at(1, '2026-02-01T00:00:00.000Z'), // updated
			at(1, '2026-03-01T00:00:00.000Z'), // the same id again, later: still one update
			at(2, '2025-01-01T00:00:00.000Z'), // older: left
			at(3, '2026-01-01T00:00:00.000Z'), // added
			at(3, '2026-01-01T00:00:00.000Z'), // the same copy twice: one
			{ ...at(2, '2026-01-01T00:00:00.000Z'), id: 'urn:uuid:00000000-0000-4000-8000-000000000099' }, // a stored note under another id: left
		];
		const result = await importCollection(collection(file), stored);
		expect(result).toMatchObject({ ok: true, added: 1, updated: 1, same: 2 });
		expect(result.ok && result.merged.map((a) => [a.id.slice(-2), a.modified])).toEqual([
			['01', '2026-03-01T00:00:00.000Z'],
			['03', '2026-01-01T00:00:00.000Z'],
		]);
	});

	it('5,000 notes merge into 5,000 stored ones, pausing between batches (the page answers the reader in between)', async () => {
		const stored = Array.from({ length: 5000 }, (_, i) => annotation(i + 1));
		const incoming = Array.from({ length: 5000 }, (_, i) => ({
			...annotation(i + 1, {}, `other words ${i}`),
			id: `urn:uuid:00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
		}));
		let pauses = 0;
		const result = await importCollection(collection(incoming), stored, async () => {
			pauses++;
		});
		expect(result).toMatchObject({ ok: true, added: 5000, updated: 0, same: 0 });
		expect(pauses).toBeGreaterThanOrEqual(10);
	});
});

describe('what an import may point to (failure 6)', () => {
	const withSource = (source: string) => {
		const a = JSON.parse(JSON.stringify(annotation(21))) as { target: { source: string } };
		a.target.source = source;
		return a;
	};

	it('a user name before the host (site@evil.example) is refused, naming target.source', async () => {
		const result = await importCollection(collection([withSource('https://127.0.0.1:4391@evil.example/articles/mcdermott-2009/')]), []);
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(
				/^first\.items\[0\]\.target\.source: expected an http\(s\) address of a reading page with no user name before its host/,
			),
		});
	});

	it('an imported note is kept under the address `home` gives (this site), whatever host the file names', async () => {
		const result = await importCollection(
			collection([withSource('https://evil.example/articles/mcdermott-2009/')]),
			[],
			undefined,
			(a) => `http://here.test/companion/articles/${articleOf(a)}/`,
		);
		expect(result.ok && result.merged[0]?.target.source).toBe('http://here.test/companion/articles/mcdermott-2009/');
	});

	it('another spelling of a reading page is read as that page (index.html, %2D, doubled slashes)', async () => {
		for (const source of [
			'https://site.test/articles/mcdermott-2009/index.html',
			'https://site.test/articles/mcdermott%2D2009/',
			'https://site.test/articles//mcdermott-2009/',
		]) {
			const result = await importCollection(collection([withSource(source)]), []);
			expect(result.ok && result.merged[0]?.target.source, source).toBe('https://site.test/articles/mcdermott-2009/');
		}
	});
});

describe('a file a million arrays deep (failure 12)', () => {
	it('is refused with the field named and a short preview, without walking the whole value', async () => {
		const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
		const result = await importCollection(
			`{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[${deep}]}}`,
			[],
		);
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^first\.items\[0\]: .*found \[{80}….*Nothing was imported\.$/),
		});
		// A file that is only such an array.
		expect(await importCollection(deep, [])).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^Not an annotation collection: file: .*found \[{80}…/),
		});
	});
});

describe('the Markdown export stays inert (failure 5)', () => {
	const render = (md: string) =>
		micromark(md, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
	const hostile = [
		'<script>alert(1)</script><img src=x onerror=alert(1)>',
		'[x](javascript:alert(1))',
		'# Heading',
		'<svg onload=alert(1)>',
		'1. a list\n- another\n> a quote\n---\n===\n```\ncode\n```',
		'![x](javascript:alert(1)) <javascript:alert(1)> &lt;b&gt;',
	];

	it('notes and quotes with HTML, links and Markdown syntax render as their own text, with nothing live', () => {
		const list = hostile.map((note, i) => annotation(31 + i, {}, i === 0 ? '</blockquote><script>alert(6)</script>' : `words ${i}`, note));
		const html = render(toMarkdown(list, cite));
		const tree = fromHtml(html, { fragment: true });
		expect(selectAll('script, img, svg, ol, ul, pre, code, hr', tree)).toEqual([]);
		for (const a of selectAll('a', tree)) expect(String(a.properties['href'])).toMatch(/^https?:/);
		expect(selectAll('h1', tree)).toHaveLength(1);
		expect(selectAll('h2', tree)).toHaveLength(2); // the two articles of the fixture
		expect(selectAll('blockquote', tree)).toHaveLength(list.length);
		// The reader's words are all there, as text.
		const text = toString(tree);
		for (const note of hostile) for (const line of note.split('\n')) expect(text).toContain(line);
		expect(text).toContain('</blockquote><script>alert(6)</script>');
	});

	it('plain prose is left readable in the file', () => {
		expect(markdownText('The CSTO, i.e. Moscow, wants (more) formal ties.')).toBe('The CSTO, i.e. Moscow, wants (more) formal ties.');
	});
});
