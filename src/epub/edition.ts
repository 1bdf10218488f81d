import { h } from 'hastscript';
import type { SourceArticle } from '../graph/types';
import type { CslItem } from '../cite';
import { epubBody } from './epub-body';
import { CONTAINER, fragment, navDocument, packageDocument, STYLE, xhtmlDocument, type PackageInput } from './epub-package';
import { titlePage } from './epub-title-page';
import { zipEpub } from './epub-zip';

/** Where an article's EPUB is, under the site's base: `epub/mcdermott-2009.epub`. */
export function epubPath(articleId: string): string {
	return `epub/${articleId}.epub`;
}

export interface EditionInput {
	article: SourceArticle;
	item: CslItem;
	pageUrl: string;
	siteName: string;
	modified: Date;
}

/** An article's EPUB 3 edition, as bytes: the same input gives the same bytes. */
export async function epubEdition({ article, item, pageUrl, siteName, modified }: EditionInput): Promise<Uint8Array> {
	const { data } = article;
	const body = await epubBody(article.body, article.file);
	const caption = data.caption
		? fragment([
				h('figure', { className: ['caption'] }, [
					h('figcaption', { id: 'caption' }, [
						h('span', { className: ['label'] }, 'Photo caption in the original (photo not reproduced):'),
						' ',
						data.caption,
					]),
				]),
			])
		: '';
	const pkg: PackageInput = {
		identifier: pageUrl,
		title: data.title,
		author: data.author.name,
		language: data.language,
		date: data.published.date,
		source: data.source.url,
		publisher: siteName,
		modified,
		sections: body.sections,
	};
	const text = `${fragment([h('h1', data.title)])}\n${caption}\n<section class="prose" epub:type="bodymatter">\n${body.xhtml}\n</section>`;
	return zipEpub([
		{ path: 'META-INF/container.xml', text: CONTAINER },
		{ path: 'EPUB/package.opf', text: packageDocument(pkg) },
		{ path: 'EPUB/nav.xhtml', text: navDocument(pkg) },
		{
			path: 'EPUB/title.xhtml',
			text: xhtmlDocument(data.title, data.language, fragment(titlePage({ data, item, pageUrl, siteName })), 'title-page'),
		},
		{ path: 'EPUB/text.xhtml', text: xhtmlDocument(data.title, data.language, text) },
		{ path: 'EPUB/style.css', text: STYLE },
	]);
}
