/**
 * `/annotations.jsonld`: one W3C Web Annotation per claim, targeting its
 * reading page, and the same collection cut by article. The selectors are
 * measured on the built HTML, after the build (src/integrations/annotations.ts),
 * so they describe exactly the text a browser gets: a TextQuoteSelector (the
 * claim's text with 32 characters either side) and a TextPositionSelector
 * (offsets into the text of the page's <body>, as a DOM text walk counts them).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ClaimGraph } from '../graph';
import { claimSaidBy } from '../graph/said';
import { SITE_NAME } from '../shared/site-name';
import { makeUrls } from '../shared/urls';
import { RELATION_TYPES } from '../schemas/claim';

/** The site, as the maker of every annotation. */
const CREATOR = { type: 'Software', name: SITE_NAME } as const;

/** Characters of the page's text either side of a claim's text, in its TextQuoteSelector. */
const CONTEXT = 32;

/** Every text node under `node`, in document order, as the DOM would walk them. */
function textNodes(node: Nodes, into: string[] = []): string[] {
	if (node.type === 'text') into.push(node.value);
	else if ('children' in node) for (const child of node.children) textNodes(child as Nodes, into);
	return into;
}

function findBody(tree: Root): Element | undefined {
	const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
	return html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
}

const isNote = (node: Nodes): boolean =>
	node.type === 'element' &&
	Array.isArray(node.properties.className) &&
	(node.properties.className.includes('claim-note') || node.properties.className.includes('claim-notes'));

/** Start and end of each element with an id of the form `claim-…`, in the body's text. */
function markOffsets(body: Element): Map<string, { start: number; end: number }> {
	const found = new Map<string, { start: number; end: number }>();
	let pos = 0;
	const walk = (node: Nodes) => {
		if (node.type === 'text') {
			pos += node.value.length;
			return;
		}
		if (!('children' in node)) return;
		const id = node.type === 'element' ? node.properties.id : undefined;
		let start = pos;
		for (const child of node.children) {
			walk(child as Nodes);
			// The margin note floated at the start of a claim's mark is the site's, not the quote: the claim starts after it.
			if (isNote(child as Nodes)) start = pos;
		}
		if (typeof id === 'string' && id.startsWith('claim-')) found.set(id.slice('claim-'.length), { start, end: pos });
	};
	walk(body);
	return found;
}

/** The collection of every claim's annotation, measured on the reading pages built into `outDir`. */
export async function buildAnnotations(graph: ClaimGraph, outDir: string, site: string, base: string) {
	const urls = makeUrls(base, graph.plan);
	const abs = (path: string) => new URL(path, site).href;
	const items = [];
	for (const article of graph.articles) {
		const page = urls.article(article.id);
		const html = await readFile(join(outDir, page.slice(urls.path().length), 'index.html'), 'utf8');
		const body = findBody(fromHtml(html));
		if (!body) throw new Error(`annotations: no <body> in the page of ${article.id}`);
		const text = textNodes(body).join('');
		const marks = markOffsets(body);
		for (const claim of graph.claimsByArticle.get(article.id) ?? []) {
			const at = marks.get(claim.id);
			if (!at) throw new Error(`annotations: the page of ${article.id} has no mark for claim "${claim.id}"`);
			items.push({
				id: abs(`${urls.path('annotations.jsonld')}#${claim.article}/${claim.id}`),
				type: 'Annotation',
				motivation: 'highlighting',
				body: [
					{ type: 'TextualBody', purpose: 'describing', value: claim.summary, format: 'text/plain', language: 'en' },
					/*
					 * Who speaks, for a claim the author relays. The Web Annotation model has no
					 * property for the speaker inside the target text: `creator` is whoever made
					 * the annotation (this site), and `dcterms:creator` on the target would claim
					 * the source wrote the article. A second describing body is what every client
					 * shows, in the wording the site uses everywhere.
					 */
					...(claim.attribution
						? [{ type: 'TextualBody', purpose: 'describing', value: claimSaidBy(graph, claim), format: 'text/plain', language: 'en' }]
						: []),
					{ type: 'TextualBody', purpose: 'classifying', value: claim.kind },
					...claim.topics.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t })),
					...claim.links.map((link) => ({
						type: 'SpecificResource',
						purpose: 'linking',
						source: abs(urls.claimPage(link.other)),
						relation: link.direction === 'out' ? link.type : RELATION_TYPES[link.type].inverse,
						value: `${link.label}: ${link.note}`,
					})),
					{ type: 'SpecificResource', purpose: 'identifying', source: abs(urls.claimPage(claim.ref)) },
				],
				target: {
					source: abs(page),
					selector: [
						{
							type: 'TextQuoteSelector',
							exact: text.slice(at.start, at.end),
							prefix: text.slice(Math.max(0, at.start - CONTEXT), at.start),
							suffix: text.slice(at.end, at.end + CONTEXT),
						},
						{ type: 'TextPositionSelector', start: at.start, end: at.end },
					],
				},
			});
		}
	}
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: abs(urls.path('annotations.jsonld')),
		type: 'AnnotationCollection',
		label: 'Claims in two analyses of UN–CSTO cooperation',
		/*
		 * Who made the annotations, said once for all of them: the model lets a
		 * collection have a creator, and the same block in each annotation
		 * grew with every claim.
		 */
		creator: CREATOR,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items },
	};
}

type AnnotationCollection = Awaited<ReturnType<typeof buildAnnotations>>;

/** The collection cut by article, `annotations/<article>.jsonld`: the whole export grows with the library. */
export function articleAnnotations(graph: ClaimGraph, collection: AnnotationCollection, site: string, base: string) {
	const urls = makeUrls(base, graph.plan);
	const bySource = Map.groupBy(collection.first.items, (a) => a.target.source);
	return graph.articles.map((article) => {
		const items = bySource.get(new URL(urls.article(article.id), site).href) ?? [];
		return {
			article: article.id,
			part: {
				...collection,
				id: new URL(urls.path(`annotations/${article.id}.jsonld`), site).href,
				label: `Claims in “${article.data.title}”`,
				total: items.length,
				first: { ...collection.first, items },
			},
		};
	});
}
