import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseWithFriendlyErrors } from '../lib/errors';
import type { ArticleId } from '../lib/ids';
import { ArticleSchema } from '../schemas/article';
import { TopicsSchema, type Topic } from '../schemas/topic';
import type { SourceArticle } from './types';

/** An article's id: its file name, lower-cased and slugged, as Astro's glob loader makes it. */
export function articleIdFromFile(fileName: string): ArticleId {
	return new GithubSlugger().slug(fileName.replace(/\.md$/, '')) as ArticleId;
}

export function articleFiles(dir: string): string[] {
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
			{ file, at: '(file)', expected: 'the list of claim topics', found: 'no such file', hint: 'create it: a YAML list of {id, label, description}' },
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

/** A cheap fingerprint of the content folder, so the dev server rebuilds the graph when a file changes. */
export function contentStamp(contentDir: string): string {
	const dir = join(contentDir, 'articles');
	const files = [...articleFiles(dir).map((f) => join(dir, f)), join(contentDir, 'topics.yaml')];
	return files.map((f) => (existsSync(f) ? `${f}@${statSync(f).mtimeMs}` : `${f}@-`)).join('|');
}
