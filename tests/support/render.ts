import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { join } from 'node:path';
import { buildClaimGraph } from '../../src/graph/build';
import { readArticles, readTopics } from '../../src/loaders/read-content';
import { faithfulMarkdown, rehypePlugins, remarkPlugins } from '../../src/plugins';
import { ROOT } from './capture';

export interface RenderOptions {
	/** Mark claims from this content folder (relative to the project root). */
	contentDir?: string;
}

function graphOf(contentDir: string) {
	const dir = join(ROOT, contentDir);
	const { topics, file } = readTopics(dir, ROOT);
	return buildClaimGraph(readArticles(dir, ROOT), topics, file);
}

/** The site's own Markdown processor, as astro.config.ts builds it. */
async function siteProcessor(options: RenderOptions = {}) {
	const { contentDir } = options;
	const claims = contentDir ? { graph: () => graphOf(contentDir), base: '/' } : undefined;
	return createMarkdownProcessor({
		syntaxHighlight: false,
		remarkPlugins: remarkPlugins(),
		rehypePlugins: rehypePlugins(claims ? { claims } : {}),
		...faithfulMarkdown,
	});
}

export async function renderBody(markdown: string, path = 'article.md', options: RenderOptions = {}): Promise<string> {
	const processor = await siteProcessor(options);
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
	const added = new Set<Element>(selectAll('.pnum, .anchor, .sic-mark, .claim-note, .claim-fold', tree));
	remove(tree, (node) => added.has(node as Element));
	return selectAll('p, h1, h2, h3, h4, h5, h6, li, blockquote', tree).map((el) => toString(el));
}
