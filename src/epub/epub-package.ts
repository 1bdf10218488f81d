import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toXhtml } from './epub-body';

/**
 * The EPUB 3 package around an article's two documents (title page, text):
 * container.xml, the package document, the navigation document and the
 * style sheet. Templates of our own, so every byte is ours to keep the same.
 */
export interface PackageInput {
	/** The reading page's absolute URL: the edition's identifier, never a random id. */
	identifier: string;
	title: string;
	author: string;
	language: string;
	/** The publication date at its precision (`2009-10`, `2010`): W3CDTF allows both. */
	date: string;
	source: string;
	publisher: string;
	/** When the companion last changed the text (UTC, to the second). */
	modified: Date;
	/** The text's section headings: id and words. */
	sections: { id: string; text: string }[];
}

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function packageDocument(p: PackageInput): string {
	const modified = p.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${xml(p.language)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${xml(p.identifier)}</dc:identifier>
    <dc:title>${xml(p.title)}</dc:title>
    <dc:creator>${xml(p.author)}</dc:creator>
    <dc:language>${xml(p.language)}</dc:language>
    <dc:date>${xml(p.date)}</dc:date>
    <dc:source>${xml(p.source)}</dc:source>
    <dc:publisher>${xml(p.publisher)}</dc:publisher>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>
    <item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine>
    <itemref idref="title-page"/>
    <itemref idref="text"/>
  </spine>
</package>
`;
}

/** An XHTML content document around `body`. */
export function xhtmlDocument(title: string, language: string, body: string, bodyClass?: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${xml(language)}" lang="${xml(language)}">
<head>
<meta charset="UTF-8"/>
<title>${xml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

export function navDocument(p: PackageInput): string {
	const entry = (href: string, text: string, children: Element[] = []): Element =>
		h('li', [h('a', { href }, text), ...(children.length > 0 ? [h('ol', children)] : [])]);
	const toc: Element = h('nav', { 'epub:type': 'toc', id: 'toc' }, [
		h('h1', 'Contents'),
		h('ol', [
			entry('title.xhtml', 'Title page'),
			entry(
				'text.xhtml',
				p.title,
				p.sections.map((s) => entry(`text.xhtml#${s.id}`, s.text)),
			),
		]),
	]);
	const landmarks: Element = h('nav', { 'epub:type': 'landmarks' }, [
		h('h2', 'Landmarks'),
		h('ol', [
			h('li', [h('a', { 'epub:type': 'titlepage', href: 'title.xhtml' }, 'Title page')]),
			h('li', [h('a', { 'epub:type': 'bodymatter', href: 'text.xhtml' }, 'Text')]),
		]),
	]);
	return xhtmlDocument(p.title, p.language, toXhtml({ type: 'root', children: [toc, landmarks] } as Root));
}

export function fragment(children: ElementContent[]): string {
	return toXhtml({ type: 'root', children } as Root);
}

export const STYLE = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1, h2, .label, .pnum, .byline, dt { font-family: sans-serif; }
.pnum { font-size: 0.75em; color: #555; margin-right: 0.5em; }
.sic-mark { font-size: 0.85em; color: #555; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.label { font-weight: bold; font-size: 0.9em; margin-bottom: 0.25em; }
.caption { margin: 1em 0; font-size: 0.95em; }
.caption .label { display: inline; }
.author-note { margin-top: 2em; border-top: 1px solid #999; padding-top: 0.75em; font-size: 0.95em; }
dt { font-weight: bold; margin-top: 0.75em; }
dd { margin-left: 1em; }
dd.note { font-size: 0.9em; color: #444; }
`;
