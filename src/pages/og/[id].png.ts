import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaimGraph } from '../../graph';
import { isArticleId } from '../../shared/ids';
import { ogImage, releaseOgImage, type OgCard } from '../../build/og-image';
import { articleCard, cardFooter, DEFAULT_IMAGE_ID, siteCard } from '../../site/social';

/**
 * `/og/<article>.png`, one 1200×630 social image per article (title, author,
 * publisher as far as it is known, date at its precision, the site's name),
 * and `/og/site.png` for every other page. Drawn at build time from the
 * frontmatter (src/build/og-image.ts); nothing is fetched.
 */
export const prerender = true;

export const getStaticPaths = (() => {
	const { articles } = getClaimGraph();
	const clash = articles.find((a) => a.id === DEFAULT_IMAGE_ID);
	if (clash)
		throw new Error(
			`${clash.file}: the article id "${DEFAULT_IMAGE_ID}" is taken by the site's social image (/og/${DEFAULT_IMAGE_ID}.png); choose another file name`,
		);
	return [
		...articles.map((a) => ({ params: { id: a.id as string }, props: { id: a.id as string } })),
		{ params: { id: DEFAULT_IMAGE_ID }, props: { id: DEFAULT_IMAGE_ID } },
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { articles, articleById } = getClaimGraph();
	const footer = cardFooter(site);
	const article = isArticleId(props.id) ? articleById.get(props.id) : undefined;
	const card: OgCard = article
		? articleCard(article.data, footer)
		: siteCard(
				articles.map((a) => a.data),
				footer,
			);
	const png = await ogImage(props.id, card);
	releaseOgImage(props.id);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
