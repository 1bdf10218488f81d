import type { Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
// Brings in the hName/hProperties fields that tell remark-rehype what to emit.
import type {} from 'mdast-util-to-hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { sicOf } from '../graph/reader-text';

/**
 * Editorial marks in an article body, written as directives (remark-directive).
 *
 * A slip of the original, kept as written and marked:
 *
 *   this :sic[pubic]{correct="public"} announcement
 *
 *   <span class="sic" data-correct="public">pubic</span><span class="sic-mark">&#8239;[sic<span class="visually-hidden">, for “public”</span>]</span>
 *
 * `note="…"` replaces `correct` where the slip is not a wrong word (a double
 * space); the mark then says it: `[sic: a double space]`.
 *
 * The author's biographical lines, which belong to the metadata but are shown:
 *
 *   :::author-note
 *   Roger McDermott is a senior fellow…
 *   :::
 *
 *   <aside id="note" class="author-note" aria-label="About the author, from the original">…</aside>
 *
 * Any other directive is an error: a typo in one would otherwise drop the
 * author's words silently.
 */
export interface RemarkEditorialOptions {
	/** Label of the author-note aside, read by screen readers. */
	authorNoteLabel?: string;
}

export const remarkEditorial: Plugin<[RemarkEditorialOptions?], Root> = (options = {}) => {
	const authorNoteLabel = options.authorNoteLabel ?? 'About the author, from the original';
	return (tree, file) => {
		visit(tree, (node) => {
			if (node.type === 'textDirective') {
				if (node.name !== 'sic') file.fail(unknown(node), node);
				markSic(node, file.path);
			} else if (node.type === 'containerDirective') {
				if (node.name !== 'author-note') file.fail(unknown(node), node);
				markAuthorNote(node, authorNoteLabel);
			} else if (node.type === 'leafDirective') {
				file.fail(unknown(node), node);
			}
		});
	};
};

function unknown(node: { name: string; type: string }): string {
	return `Unknown directive "${node.name}" (${node.type}): only :sic[…]{correct="…"} and :::author-note are used in articles.`;
}

function markSic(node: TextDirective, path: string): void {
	const { correct, note } = sicOf(node);
	if (!correct && !note) {
		throw new Error(`${path}: :sic[…] needs correct="…" (the intended word) or note="…" (what the slip is).`);
	}
	// A wrong word is plain to see, so only screen readers need the intended one. A whitespace slip is not, but its
	// note stays out of the line of text too: heard by a screen reader, shown on hover (the title), told in full on About.
	const said = {
		type: 'element' as const,
		tagName: 'span',
		properties: { className: ['visually-hidden'] },
		children: [{ type: 'text' as const, value: correct ? `, for “${correct}”` : `: ${note}` }],
	};
	// The mark is a sibling of the slip, so the author's words stay one text run.
	node.data = {
		hName: 'span',
		hProperties: { className: ['sic-wrap'] },
		hChildren: [
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['sic'], ...(correct ? { dataCorrect: correct } : { dataNote: note }) },
				children: node.children.map((c) => ({ type: 'text', value: 'value' in c ? String(c.value) : '' })),
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['sic-mark'], ...(correct ? {} : { title: note }) },
				children: [{ type: 'text', value: '\u202f[sic' }, said, { type: 'text', value: ']' }],
			},
		],
	};
}

function markAuthorNote(node: ContainerDirective, label: string): void {
	node.data = { hName: 'aside', hProperties: { id: 'note', className: ['author-note'], ariaLabel: label } };
}
