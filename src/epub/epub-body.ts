import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from '../plugins';

/**
 * An article's body as XHTML for its EPUB: the site's own Markdown pipeline
 * (src/plugins: paragraph ids and numbers, [sic] marks, the author's note),
 * without the claim marks, which belong to the companion and not to the
 * text. The reading page's paragraph link becomes a plain number, the
 * heading's self-link goes, and what is only for the search index is dropped.
 */
let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export interface EpubBody {
	xhtml: string;
	/** The section headings, for the navigation document. */
	sections: { id: string; text: string }[];
}

export async function epubBody(markdown: string, file: string): Promise<EpubBody> {
	processor ??= createMarkdownProcessor({
		syntaxHighlight: false,
		remarkPlugins: remarkPlugins(),
		rehypePlugins: rehypePlugins(),
		...faithfulMarkdown,
	});
	const { code } = await (await processor).render(markdown, { fileURL: new URL(`file:///${file}`) });
	const tree = forEpub(fromHtml(code, { fragment: true }));
	const sections = selectAll('h2[id]', tree).map((el) => ({ id: String(el.properties.id), text: toString(el) }));
	return { xhtml: toXhtml(tree), sections };
}

function forEpub(tree: Root): Root {
	for (const a of selectAll('a.pnum', tree)) {
		a.tagName = 'span';
		a.properties = { className: ['pnum'] };
	}
	for (const wrap of selectAll('div.heading', tree)) {
		wrap.children = wrap.children.filter(
			(c) => !(c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('anchor')),
		);
	}
	for (const el of selectAll('*', tree)) {
		for (const key of Object.keys(el.properties)) if (key.startsWith('dataPagefind')) delete el.properties[key];
	}
	// The reading page labels the author's note with CSS (::before); an e-reader may ignore the style sheet, so the label is text here.
	for (const note of selectAll('aside.author-note', tree)) note.children.unshift(label('About the author (from the original)'));
	return tree;
}

function label(text: string): Element {
	return { type: 'element', tagName: 'p', properties: { className: ['label'] }, children: [{ type: 'text', value: text }] };
}

/** XHTML of a hast tree: void elements closed, no named character references (XML knows only five). */
export function toXhtml(tree: Root | Element): string {
	return toHtml(tree, { closeSelfClosing: true, characterReferences: { useNamedReferences: false } });
}
