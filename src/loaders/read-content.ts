import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { buildClaimGraph } from '../graph/build';
import type { ClaimGraph, SourceArticle } from '../graph/types';
import { ArticleSchema } from '../schemas/article';
import { TopicsSchema, type Topic } from '../schemas/topic';
import { ContentError, parseWithFriendlyErrors } from '../shared/errors';
import { articleIdFromFile, type ArticleId } from '../shared/ids';

/**
 * Stage 1 of the pipeline, the one reader of the content folder: each file is
 * read and validated here once per build (src/loaders/articles-loader.ts).
 */

/** The content folder: `./content`, or CONTENT_DIR for the test fixture sites. */
export function contentDir(root = process.cwd()): string {
	return resolve(root, process.env.CONTENT_DIR ?? './content');
}

function articleFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md') && !f.startsWith('_'))
		.sort();
}

/** Reads and validates every article of `contentDir/articles`, refusing two files with one id. */
export function readArticles(contentDir: string, root: string): SourceArticle[] {
	const dir = join(contentDir, 'articles');
	const byId = new Map<ArticleId, string>();
	return articleFiles(dir).map((name) => {
		const path = join(dir, name);
		const file = relative(root, path);
		const id = articleIdFromFile(name);
		if (id === undefined) {
			throw new ContentError([
				{
					file,
					at: 'file name',
					expected: 'a file name of letters a–z, digits, hyphens or spaces, then .md (it becomes the article id)',
					found: `"${name}"`,
					hint: 'rename the file, e.g. "blank-2010.md"; the name becomes the article\'s permanent URL',
				},
			]);
		}
		const first = byId.get(id);
		if (first !== undefined) {
			throw new ContentError([
				{
					file,
					at: 'file name',
					expected: 'an article id used by one file only',
					found: `"${id}", already the id of ${first}`,
					hint: 'an article id is its file name, lower-cased, with spaces as hyphens: rename one of the files',
				},
			]);
		}
		byId.set(id, file);
		const raw = readFileSync(path, 'utf8');
		const { frontmatter, content } = parseFrontmatter(raw);
		const bodyLine = raw.slice(0, raw.length - content.length).split('\n').length;
		return { id, file, data: parseWithFriendlyErrors(ArticleSchema, frontmatter, file), body: content, bodyLine };
	});
}

/** Reads and validates `contentDir/topics.yaml`. */
export function readTopics(contentDir: string, root: string): { topics: Topic[]; file: string } {
	const path = join(contentDir, 'topics.yaml');
	const file = relative(root, path);
	if (!existsSync(path)) {
		throw new ContentError([
			{
				file,
				at: '(file)',
				expected: 'the list of claim topics',
				found: 'no such file',
				hint: 'create it: a YAML list of {id, label, description}',
			},
		]);
	}
	const topics = parseWithFriendlyErrors(TopicsSchema, parseYaml(readFileSync(path, 'utf8')), file);
	const ids = topics.map((t) => t.id);
	const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (twice.length) {
		throw new ContentError([{ file, at: twice.map((id) => `topic ${id}`).join(', '), expected: 'each topic id once', found: 'it twice' }]);
	}
	return { topics, file };
}

/** Every article and topic of a content folder, read, validated and built into the checked claim graph. */
export function readContentGraph(contentDir: string, root: string): ClaimGraph {
	const articles = readArticles(contentDir, root);
	const { topics, file } = readTopics(contentDir, root);
	return buildClaimGraph(articles, topics, file);
}
