import type { Nodes, Root } from 'mdast';
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
