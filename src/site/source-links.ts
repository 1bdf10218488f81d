import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceLinkTo } from '../cite/text-fragment';
import type { ClaimGraph, ClaimNode } from '../graph';
import { contentDir } from '../loaders/read-content';
import { isArticleId } from '../shared/ids';

const captures = new Map<string, string | undefined>();

/** Our copy of the original page: the raw capture in `<content>/sources/`, if there is one. */
export function captureOf(graph: ClaimGraph, articleId: string, content = contentDir()): string | undefined {
	const article = isArticleId(articleId) ? graph.articleById.get(articleId) : undefined;
	if (!article) return undefined;
	const path = join(content, 'sources', article.data.source.capture);
	if (!captures.has(path)) captures.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
	return captures.get(path);
}

/**
 * A link to the claim's words on the original publisher's page (a URL text
 * fragment that matches once in our capture of that page), or the page
 * itself when there is no capture to check the fragment against.
 */
export function claimSourceLink(graph: ClaimGraph, claim: ClaimNode, content = contentDir()): string {
	const article = graph.articleById.get(claim.article);
	if (!article) throw new Error(`no article "${claim.article}"`);
	const capture = captureOf(graph, claim.article, content);
	return capture ? sourceLinkTo(article.data.source.url, capture, claim.text) : article.data.source.url;
}
