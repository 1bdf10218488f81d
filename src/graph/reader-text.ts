import type { Html, Nodes, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkDirective);

/** What a `:sic[…]{…}` mark says of a slip of the original. */
export interface Sic {
	/** The intended words, when the slip is a wrong word. */
	correct?: string;
	/** What the slip is, when it is not a wrong word. */
	note?: string;
}

/** A marked slip: the words as the author wrote them, and what the mark says. */
interface SicMark extends Sic {
	text: string;
}

/** A run of a paragraph's reader text; a slip of the original carries its [sic] data. */
export interface Segment {
	text: string;
	sic?: Sic;
}

/** One body paragraph as a reader sees it: its text, and the same text as runs with the slips marked. */
interface ReaderParagraph {
	text: string;
	segments: Segment[];
}

export interface ReaderText {
	/** In the order rehype-anchors numbers them (`p-1` is index 0). */
	paragraphs: ReaderParagraph[];
	/** Raw HTML in the body, with its line in the body. */
	rawHtml: { line: number; html: string }[];
	/** Every `:sic` mark of the body, in reading order, wherever it stands. */
	slips: SicMark[];
	/** The text of each `:::author-note`, in order: not a numbered paragraph, but the author's page. */
	notes: string[];
}

/**
 * Parsing is most of what the graph costs, and a claim page needs its
 * article's paragraphs again: each body is parsed once per build (keyed by
 * the Markdown itself, so an edit in dev is a new key).
 *
 * Held on the global object, as the claim graph is (src/graph/index.ts):
 * Astro loads this module twice in one process, once for the loader that
 * builds the graph and once in the page bundle, and a cache of the module's
 * own had the pages (About's slips, the claim pages' paragraphs) parse every
 * article again, 0.45 s of CPU at 200 articles.
 */
const SLOT = Symbol.for('un-csto-companion.reader-text');
const holder = globalThis as typeof globalThis & { [SLOT]?: Map<string, ReaderText> };
const parsed = (holder[SLOT] ??= new Map<string, ReaderText>());

/** The reader text of a Markdown body: parsed once, then shared. */
export function readerText(markdown: string): ReaderText {
	let text = parsed.get(markdown);
	if (text === undefined) {
		const tree = parser.parse(markdown) as Root;
		const rawHtml: ReaderText['rawHtml'] = [];
		visit(tree, 'html', (node: Html) => {
			rawHtml.push({ line: node.position?.start.line ?? 0, html: node.value });
		});
		const slips: SicMark[] = [];
		visit(tree, 'textDirective', (node: TextDirective) => {
			if (node.name === 'sic') slips.push({ text: markdownText(node), ...sicOf(node) });
		});
		const notes: string[] = [];
		visit(tree, 'containerDirective', (node: ContainerDirective) => {
			if (node.name === 'author-note') notes.push(node.children.map(markdownText).join('\n'));
		});
		const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => paragraphOf(node));
		text = { paragraphs, rawHtml, slips, notes };
		if (parsed.size > 5000) parsed.clear();
		parsed.set(markdown, text);
	}
	return text;
}

/** A Markdown node's words as a reader sees them: a line break is a newline, an editorial mark the words it marks. */
function markdownText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if ('children' in node) return (node.children as Nodes[]).map(markdownText).join('');
	return '';
}

/**
 * What a `:sic` directive says, for every reader of it (the reader text, the
 * About page's list, remark-editorial's markup); an empty attribute says nothing.
 */
export function sicOf(node: TextDirective): Sic {
	const { correct, note } = node.attributes ?? {};
	return { ...(correct ? { correct } : {}), ...(note ? { note } : {}) };
}

function segmentsOf(node: Nodes): Segment[] {
	if (node.type === 'textDirective' && node.name === 'sic') return [{ text: markdownText(node), sic: sicOf(node) }];
	if ('children' in node) return (node.children as Nodes[]).flatMap(segmentsOf);
	return [{ text: markdownText(node) }];
}

function paragraphOf(node: Nodes): ReaderParagraph {
	const text = markdownText(node);
	const segments = segmentsOf(node).filter((s) => s.text !== '');
	// Should the two ever disagree, the plain reader text is still right.
	return { text, segments: segments.map((s) => s.text).join('') === text ? segments : [{ text }] };
}

/**
 * The segments between two offsets of a paragraph's text, for a quote shown
 * alone or cut out of its paragraph: a slip cut in two keeps its [sic] mark on
 * its last piece, so a mark is never shown twice nor lost.
 */
export function sliceSegments(segments: Segment[], from: number, to: number): Segment[] {
	const out: Segment[] = [];
	let pos = 0;
	for (const s of segments) {
		const a = Math.max(from, pos);
		const b = Math.min(to, pos + s.text.length);
		if (a < b) {
			const piece = s.text.slice(a - pos, b - pos);
			out.push(s.sic && b === pos + s.text.length ? { text: piece, sic: s.sic } : { text: piece });
		}
		pos += s.text.length;
	}
	return out;
}
