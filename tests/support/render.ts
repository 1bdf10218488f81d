import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from '../../src/plugins';

/** The site's own Markdown processor, as astro.config.ts builds it. */
export async function siteProcessor() {
	return createMarkdownProcessor({
		syntaxHighlight: false,
		remarkPlugins: remarkPlugins(),
		rehypePlugins: rehypePlugins(),
		...faithfulMarkdown,
	});
}

export async function renderBody(markdown: string, path = 'article.md'): Promise<string> {
	const processor = await siteProcessor();
	const { code } = await processor.render(markdown, { fileURL: new URL(`file:///${path}`) });
	return code;
}

/**
 * The reader's text of rendered HTML, one string per block (paragraph or
 * heading), without what the site adds: paragraph numbers, heading anchors
 * and [sic] marks.
 */
export function textBlocks(html: string): string[] {
	const tree: Root = fromHtml(html, { fragment: true });
	const added = new Set<Element>(selectAll('.pnum, .anchor, .sic-mark', tree));
	remove(tree, (node) => added.has(node as Element));
	return selectAll('p, h1, h2, h3, h4, h5, h6, li, blockquote', tree).map((el) => toString(el));
}
