import type { Html, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkDirective);

/**
 * The text a reader sees in each body paragraph, in the order rehype-anchors
 * numbers them (`p-1` is index 0): the author's words, with editorial marks
 * reduced to the words they mark. Claims are matched against this.
 */
export function bodyParagraphs(markdown: string): string[] {
	const tree = parser.parse(markdown) as Root;
	return tree.children.filter((node) => node.type === 'paragraph').map(textOf);
}

function textOf(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
	return '';
}

/**
 * Raw HTML in a body, which the site refuses rather than sanitises: the
 * bodies are transcriptions, so HTML there is a mistake or an injection, and
 * silently dropping it could also drop the author's words.
 */
export function rawHtml(markdown: string): { line: number; html: string }[] {
	const found: { line: number; html: string }[] = [];
	visit(parser.parse(markdown) as Root, 'html', (node: Html) => {
		found.push({ line: node.position?.start.line ?? 0, html: node.value });
	});
	return found;
}
