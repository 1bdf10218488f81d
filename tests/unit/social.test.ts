import { describe, expect, it } from 'vitest';
import { setBuildState } from '../../src/graph';
import { renderOgImage } from '../../src/build/og-image';
import { articleCard, articleSocial, cardAlt, OG_HEIGHT, OG_WIDTH, siteCard } from '../../src/site/social';
import type { ArticleData } from '../../src/schemas/article';
import { fixtureBuildState } from '../support/fixture-content';

// The pages' URLs (src/site/site.ts) are made from the build state, as the articles loader leaves it.
const state = fixtureBuildState();
setBuildState(state);
const { graph } = state;
const article = (id: string) => graph.articles.find((a) => a.id === id)?.data as ArticleData;
const withDate = (data: ArticleData, date: string): ArticleData => ({ ...data, published: { ...data.published, date } });

describe('Open Graph facts of a reading page', () => {
	it('gives article:published_time only for a date known to the day', () => {
		const alpha = article('alpha-2009');
		expect(articleSocial('alpha-2009', alpha, undefined).article).toEqual({ author: 'Ann Alpha', section: 'Analysis' });
		expect(articleSocial('x', withDate(alpha, '2010'), undefined).article?.publishedTime).toBeUndefined();
		expect(articleSocial('x', withDate(alpha, '2009-10-14'), undefined).article?.publishedTime).toBe('2009-10-14');
	});

	it('points at the article’s own image, under the base path', () => {
		const social = articleSocial('beta-2010', article('beta-2010'), new URL('https://example.org/'));
		expect(social.type).toBe('article');
		expect(social.image.path).toBe('/og/beta-2010.png');
	});
});

describe('social cards', () => {
	it('show the date at its precision and an unverified publisher as such', () => {
		const card = articleCard(article('beta-2010'), 'footer');
		expect(card.lines).toEqual(['Beta Wire (publisher unverified) · 2010 (on or after 7 April)']);
		expect(articleCard(article('alpha-2009'), 'footer').lines).toEqual(['Alpha Press Service · October 2009 (on or after the 16th)']);
		expect(cardAlt(card)).toBe('The Meaning of UN-Bloc Ties. Bea Beta. Beta Wire (publisher unverified), 2010 (on or after 7 April).');
	});

	it('render to a 1200×630 PNG from the packaged fonts', async () => {
		const png = await renderOgImage(
			siteCard(
				graph.articles.map((a) => a.data),
				'UN–CSTO Reading Companion · example.org',
			),
		);
		expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
		// A palette image (IHDR colour type 3), not resvg's truecolour with alpha (6): the card's few colours at 40 % of the bytes.
		expect(png[25]).toBe(3);
	});
});
