import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, expectedBodyBlocks, readArticle } from '../support/capture';
import { renderBody, textBlocks } from '../support/render';

const ids = readdirSync(join(CONTENT, 'articles'))
	.filter((f) => f.endsWith('.md'))
	.map((f) => f.replace(/\.md$/, ''));

describe('each article body is its capture, less the declared residue', () => {
	it('finds the articles', () => {
		expect(ids.length).toBeGreaterThanOrEqual(2);
	});

	for (const id of ids) {
		it(`${id}: rendered text equals the capture's text`, async () => {
			const article = readArticle(id);
			const { blocks, metadataFound } = expectedBodyBlocks(article);
			// Title, byline or caption taken into metadata must have been in the capture.
			expect(metadataFound).toContain(article.data.title);
			if (article.data.caption) expect(metadataFound).toContain(article.data.caption);
			expect(textBlocks(await renderBody(article.body))).toEqual(blocks);
		});
	}

	it('fails when one word of a body changes', async () => {
		const article = readArticle('mcdermott-2009');
		const tampered = article.body.replace('potential breakthrough', 'possible breakthrough');
		expect(tampered).not.toEqual(article.body);
		const { blocks } = expectedBodyBlocks(article);
		expect(textBlocks(await renderBody(tampered))).not.toEqual(blocks);
	});

	it('fails when a slip is silently corrected', async () => {
		const article = readArticle('blank-2010');
		const corrected = article.body.replace(':sic[pubic]{correct="public"}', 'public');
		const { blocks } = expectedBodyBlocks(article);
		expect(textBlocks(await renderBody(corrected))).not.toEqual(blocks);
	});
});
