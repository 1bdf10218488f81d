import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ArticleData } from '../../src/schemas/article';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The content folder the site under test was built from: content/, or CONTENT_DIR (the fixture sites). */
export const CONTENT = resolve(ROOT, process.env['CONTENT_DIR'] ?? 'content');

export interface ArticleFile {
	id: string;
	data: ArticleData;
	body: string;
}

export function readArticle(id: string, dir = CONTENT): ArticleFile {
	const raw = readFileSync(join(dir, 'articles', `${id}.md`), 'utf8');
	const { frontmatter, content } = parseFrontmatter(raw);
	return { id, data: frontmatter as ArticleData, body: content };
}

/**
 * The capture's text blocks that should appear in the article body: every
 * non-empty line, less the declared residue (one occurrence per listed line)
 * and less the lines that became metadata (title, byline, caption).
 */
export function expectedBodyBlocks(article: ArticleFile, dir = CONTENT): { blocks: string[]; metadataFound: string[] } {
	const capture = readFileSync(join(dir, 'sources', article.data.source.capture), 'utf8');
	const residuePath = join(dir, 'sources', article.data.source.capture.replace(/\.txt$/, '.residue.txt'));
	const residue = readFileSync(residuePath, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '');
	const metadata = [article.data.title, `By ${article.data.author.name}`, article.data.caption].filter((l): l is string => l !== undefined);
	const lines = capture.split('\n').filter((l) => l.trim() !== '');
	const remove = (list: string[], found: string[]) => {
		for (const line of list) {
			const i = lines.indexOf(line);
			if (i >= 0) {
				lines.splice(i, 1);
				found.push(line);
			}
		}
	};
	const residueFound: string[] = [];
	remove(residue, residueFound);
	const missingResidue = residue.filter((l) => !residueFound.includes(l));
	if (missingResidue.length) throw new Error(`residue lines not in the capture: ${missingResidue.join(' | ')}`);
	const metadataFound: string[] = [];
	remove(metadata, metadataFound);
	return { blocks: lines, metadataFound };
}
