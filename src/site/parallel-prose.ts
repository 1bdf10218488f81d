import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** A block of one text as a parallel column shows it, in text order. */
export type ParallelBlock =
	{ kind: 'paragraph'; n: number; html: string } | { kind: 'heading'; id: string; text: string } | { kind: 'aside'; html: string };

/**
 * What the site adds around the author's words on a reading page and a
 * column leaves out: the claim notes (the reading page and the claim pages
 * carry them; here they would double the column's length and its tab stops)
 * and the heading's own anchor link (the column heading gets its own id).
 */
export const LEFT_OUT = new Set(['claim-notes', 'claim-note', 'claim-fold', 'anchor']);
const PARAGRAPH_ID = /^p-(\d+)$/;
const ID_REFS = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/**
 * The rendered article (the loader's HTML, the same the reading page shows)
 * cut into the column's blocks, with every id and in-page link prefixed by
 * `prefix` (the article id), so two texts on one page never share an id and
 * `#p-4` becomes `#<article>-p-4`. The authors' words are not touched.
 */
export function parallelBlocks(html: string, prefix: string): ParallelBlock[] {
	// Each text stands in a page per related text: cut once per build (and again only if its HTML changed).
	const cached = blocksOf.get(prefix);
	if (cached?.html === html) return cached.blocks;
	const blocks = cut(html, prefix);
	blocksOf.set(prefix, { html, blocks });
	return blocks;
}

const blocksOf = new Map<string, { html: string; blocks: ParallelBlock[] }>();

function cut(html: string, prefix: string): ParallelBlock[] {
	const blocks: ParallelBlock[] = [];
	const walk = (nodes: (RootContent | ElementContent)[]) => {
		for (const node of nodes) {
			if (node.type !== 'element' || leftOut(node)) continue;
			const id = typeof node.properties.id === 'string' ? node.properties.id : '';
			const paragraph = node.tagName === 'p' ? PARAGRAPH_ID.exec(id) : null;
			if (paragraph) {
				blocks.push({ kind: 'paragraph', n: Number(paragraph[1]), html: toHtml(prefixed(node, prefix)) });
			} else if (/^h[2-6]$/.test(node.tagName)) {
				blocks.push({ kind: 'heading', id: `${prefix}-${id}`, text: toString(node).trim() });
			} else if (node.tagName === 'aside') {
				// A note, not a landmark: each column's would be one more "complementary" of the same name.
				const note = prefixed(node, prefix);
				blocks.push({ kind: 'aside', html: toHtml({ ...note, tagName: 'div', properties: { ...note.properties, role: 'note' } }) });
			} else {
				walk(node.children);
			}
		}
	};
	const root: Root = fromHtml(html, { fragment: true });
	walk(root.children);
	return blocks;
}

function leftOut(node: Element): boolean {
	const classes = node.properties.className;
	return Array.isArray(classes) && classes.some((c) => LEFT_OUT.has(String(c)));
}

/** A copy of `node` without what the column leaves out, its ids and in-page links prefixed, and no search attributes. */
function prefixed(node: Element, prefix: string): Element {
	const properties = { ...node.properties };
	for (const key of Object.keys(properties)) if (key.startsWith('dataPagefind')) delete properties[key];
	if (typeof properties.id === 'string') properties.id = `${prefix}-${properties.id}`;
	if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${prefix}-${properties.href.slice(1)}`;
	for (const key of ID_REFS) {
		const refs: unknown = properties[key];
		if (Array.isArray(refs)) properties[key] = refs.map((r) => `${prefix}-${String(r)}`);
		else if (typeof refs === 'string') properties[key] = refs.split(/\s+/).map((r) => `${prefix}-${r}`);
	}
	const children = node.children
		.filter((c) => c.type !== 'element' || !leftOut(c))
		.map((c) => (c.type === 'element' ? prefixed(c, prefix) : c));
	return { ...node, properties, children };
}
