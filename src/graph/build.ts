import { libraryPlan } from '../shared/library-plan';
import { ContentError, type Problem } from '../shared/errors';
import { claimRef, type ArticleId, type ClaimRef } from '../shared/ids';
import { RELATION_TYPES } from '../schemas/claim';
import type { Topic } from '../schemas/topic';
import { attributionOf, checkClaimText } from './claim-checks';
import { closestPassage, findQuote, fold } from './quote';
import { readerText } from './reader-text';
import type { ClaimGraph, ClaimNode, Edge, SourceArticle } from './types';

/**
 * Builds the claim graph and checks its integrity in one pass over all
 * articles: ids unique, each quote found exactly once with its quotation
 * marks balanced, a summary that says something of its own, a source that the
 * text names, relations pointing at claims that exist, none to itself, none
 * twice, topics known. Any problem stops the build; the graph is never half-built.
 */
export function buildClaimGraph(unordered: SourceArticle[], topics: Topic[], topicsFile: string): ClaimGraph {
	// Oldest first, ties by title: the order of every listing, column and claim sequence.
	const articles = [...unordered].sort(
		(a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.data.title.localeCompare(b.data.title),
	);
	const problems: Problem[] = [];
	const known = new Set(topics.map((t) => t.id));
	const claims: ClaimNode[] = [];
	const byRef = new Map<ClaimRef, ClaimNode>();
	const fileOf = new Map<ClaimRef, string>();

	for (const article of articles) {
		const reader = readerText(article.body);
		for (const { line, html } of reader.rawHtml) {
			problems.push({
				file: article.file,
				at: `line ${article.bodyLine + line - 1}`,
				expected: 'Markdown only: raw HTML is not allowed in an article body',
				found: JSON.stringify(html.length > 80 ? `${html.slice(0, 77)}...` : html),
				hint: 'write the text as Markdown; mark slips with :sic[…]{correct="…"} and the bio with :::author-note',
			});
		}
		const paragraphs = reader.paragraphs.map((p) => p.text);
		// Folded once per article, not once per claim: an article's claims all search the same paragraphs.
		const folded = paragraphs.map(fold);
		const placed: ClaimNode[] = [];
		for (const claim of article.data.claims) {
			const at = `claims › ${claim.id}`;
			const ref = claimRef(article.id, claim.id);
			if (byRef.has(ref)) {
				problems.push({ file: article.file, at, expected: 'a claim id used once in its article', found: `"${claim.id}" twice` });
				continue;
			}
			for (const topic of claim.topics.filter((t) => !known.has(t))) {
				problems.push({
					file: article.file,
					at: `${at} › topics`,
					expected: `a topic from ${topicsFile}`,
					found: `"${topic}"`,
					hint: `known topics: ${[...known].join(', ')}`,
				});
			}
			const hits = paragraphs.flatMap((text, i) =>
				findQuote(text, claim.quote, folded[i]).map((span) => ({ ...span, paragraph: i + 1, text })),
			);
			const [hit] = hits;
			if (hits.length !== 1 || hit === undefined) {
				problems.push({
					file: article.file,
					at: `${at} › quote`,
					expected: 'an exact span of one paragraph of the text, found there exactly once',
					found:
						hits.length === 0
							? `${JSON.stringify(claim.quote)}, which is not in the text`
							: `${JSON.stringify(claim.quote)}, ${hits.length} times (paragraphs ${hits.map((h) => h.paragraph).join(', ')})`,
					hint:
						hits.length === 0
							? `the closest passage is ${JSON.stringify(closestPassage(paragraphs, claim.quote))}`
							: 'lengthen the quote until it is unique',
				});
				continue;
			}
			const text = hit.text.slice(hit.start, hit.end);
			const checked = checkClaimText(claim, text, article);
			problems.push(...checked.map((p) => ({ file: article.file, ...p, at: `${at} › ${p.at}` })));
			const attribution = attributionOf(claim.attributedTo);
			const node: ClaimNode = {
				ref,
				article: article.id,
				id: claim.id,
				summary: claim.summary,
				text,
				kind: claim.kind,
				...(attribution ? { attribution } : {}),
				topics: claim.topics,
				paragraph: hit.paragraph,
				start: hit.start,
				end: hit.end,
				links: [],
			};
			byRef.set(ref, node);
			fileOf.set(ref, article.file);
			placed.push(node);
		}
		for (const overlap of overlaps(placed)) {
			problems.push({
				file: article.file,
				at: `claims › ${overlap[1].id}`,
				expected: 'a quote that does not overlap another claim',
				found: `it overlaps "${overlap[0].id}" in paragraph ${overlap[0].paragraph}`,
				hint: 'shorten one of the two quotes',
			});
		}
		claims.push(...placed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start));
	}

	// Relations are checked against every declared claim, so one bad quote is reported once, not again by each relation to it.
	const declared = new Set(articles.flatMap((a) => a.data.claims.map((c) => claimRef(a.id, c.id))));
	const edges = collectEdges(articles, declared, problems);
	if (problems.length > 0)
		throw new ContentError(problems, 'Every claim is checked against the text and every relation against the claims it names.');

	for (const edge of edges) {
		const meta = RELATION_TYPES[edge.type];
		const within = edge.from.split('/')[0] === edge.to.split('/')[0];
		byRef
			.get(edge.from)
			?.links.push({ type: edge.type, direction: 'out', label: meta.label, short: meta.short, other: edge.to, within, note: edge.note });
		byRef.get(edge.to)?.links.push({
			type: edge.type,
			direction: 'in',
			label: meta.inverseLabel,
			short: meta.inverseShort,
			other: edge.from,
			within,
			note: edge.note,
		});
	}
	const articleById = new Map(articles.map((a) => [a.id, a]));
	const claimsByArticle = new Map<ArticleId, ClaimNode[]>(articles.map((a) => [a.id, []]));
	for (const claim of claims) claimsByArticle.get(claim.article)?.push(claim);
	const topicById = new Map(topics.map((t) => [t.id, t]));
	return { articles, topics, claims, byRef, edges, articleById, claimsByArticle, topicById, plan: libraryPlan(articles.length) };
}

function overlaps(nodes: ClaimNode[]): [ClaimNode, ClaimNode][] {
	const out: [ClaimNode, ClaimNode][] = [];
	for (const [i, a] of nodes.entries()) {
		for (const b of nodes.slice(i + 1)) {
			if (a.paragraph === b.paragraph && a.start < b.end && b.start < a.end) out.push([a, b]);
		}
	}
	return out;
}

function collectEdges(articles: SourceArticle[], declared: Set<ClaimRef>, problems: Problem[]): Edge[] {
	const edges: Edge[] = [];
	const seen = new Map<string, string>();
	for (const article of articles) {
		for (const claim of article.data.claims) {
			const from = claimRef(article.id, claim.id);
			for (const relation of claim.relations) {
				const to = relation.target;
				const at = `claims › ${claim.id} › relations › ${relation.target}`;
				if (to === from) {
					problems.push({ file: article.file, at, expected: 'a relation to another claim', found: 'a relation to the claim itself' });
					continue;
				}
				if (!declared.has(to)) {
					const [targetArticle] = to.split('/');
					const inArticle = [...declared].filter((r) => r.startsWith(`${targetArticle}/`));
					problems.push({
						file: article.file,
						at,
						expected: 'the id of an existing claim, as "<article-id>/<claim-id>"',
						found: `"${to}", which does not exist`,
						hint: inArticle.length
							? `claims in ${targetArticle}: ${inArticle.map((r) => r.split('/')[1]).join(', ')}`
							: `there is no article "${targetArticle}"; articles: ${articles.map((a) => a.id).join(', ')}`,
					});
					continue;
				}
				// A pair is one relation whichever side declares it: A agrees with B is B agrees with A.
				const key = [from, to].sort().join(' ~ ');
				const previous = seen.get(key);
				if (previous !== undefined) {
					problems.push({
						file: article.file,
						at,
						expected: 'each pair of claims related once (the inverse is derived)',
						found: `a second relation between ${from} and ${to} (first: ${previous})`,
						hint: 'keep one relation, on either side',
					});
					continue;
				}
				seen.set(key, `${relation.type}, declared on ${from}`);
				edges.push({ from, to, type: relation.type, note: relation.note });
			}
		}
	}
	return edges;
}
