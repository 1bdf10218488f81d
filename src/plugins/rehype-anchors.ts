import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';

/**
 * Stable anchors for citing a place in the text.
 *
 * Each top-level paragraph of the body, in order, gets `id="p-N"` and a
 * margin number that links to it:
 *
 *   <p>On October 14, …</p>
 *   <p id="p-1" data-pagefind-title="¶ 1"><a class="pnum" href="#p-1" aria-label="Paragraph 1">1</a>On October 14, …</p>
 *
 * (`data-pagefind-title` names the paragraph as a search sub-result:
 * "¶ 5 · Continuing Russian Domination", with the nearest h2 above it. The
 * number and the heading link are kept out of the index by SEARCH_EXCLUDED,
 * in ./search-excluded.ts.)
 *
 * Each section heading gets a slug id and a link beside it:
 *
 *   <h2>Eurasian Security</h2>
 *   <div class="heading"><h2 id="eurasian-security">Eurasian Security</h2><a class="anchor" href="#eurasian-security">…</a></div>
 *
 * Numbers depend only on the text's paragraphs, so a rebuild of the same
 * text gives the same anchors.
 */
export interface RehypeAnchorsOptions {
	/** Prefix of paragraph ids; `p` gives `p-1`, `p-2`, … */
	paragraphPrefix?: string;
}

export const rehypeAnchors: Plugin<[RehypeAnchorsOptions?], Root> = (options = {}) => {
	const prefix = options.paragraphPrefix ?? 'p';
	return (tree) => {
		const slugger = new GithubSlugger();
		let n = 0;
		let section: string | undefined;
		tree.children = tree.children.map((node) => {
			if (node.type !== 'element') return node;
			if (node.tagName === 'p') {
				n += 1;
				return numberParagraph(node, `${prefix}-${n}`, n, section);
			}
			if (node.tagName === 'h2') section = toString(node).trim() || undefined;
			if (/^h[2-6]$/.test(node.tagName)) return anchorHeading(node, slugger);
			return node;
		});
	};
};

/** The paragraph's title as search shows it: "¶ 5 · Continuing Russian Domination" (section = the nearest h2 above). */
function searchTitle(n: number, section: string | undefined): string {
	return section ? `¶ ${n} · ${section}` : `¶ ${n}`;
}

function numberParagraph(p: Element, id: string, n: number, section: string | undefined): Element {
	const link: ElementContent = {
		type: 'element',
		tagName: 'a',
		properties: { className: ['pnum'], href: `#${id}`, ariaLabel: `Paragraph ${n}` },
		children: [{ type: 'text', value: String(n) }],
	};
	// With its id, data-pagefind-title makes the paragraph a search sub-result that links to #p-N.
	return { ...p, properties: { ...p.properties, id, dataPagefindTitle: searchTitle(n, section) }, children: [link, ...p.children] };
}

function anchorHeading(h: Element, slugger: GithubSlugger): Element {
	const text = toString(h);
	const id = typeof h.properties.id === 'string' ? h.properties.id : slugger.slug(text);
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['heading'] },
		children: [
			{ ...h, properties: { ...h.properties, id } },
			{
				type: 'element',
				tagName: 'a',
				properties: { className: ['anchor'], href: `#${id}` },
				children: [
					{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
					{
						type: 'element',
						tagName: 'span',
						properties: { className: ['visually-hidden'] },
						children: [{ type: 'text', value: `Link to the section “${text}”` }],
					},
				],
			},
		],
	};
}
