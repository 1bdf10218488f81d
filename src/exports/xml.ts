// fast-xml-parser's own XMLBuilder is deprecated in favour of this package, which it re-exports.
import XMLBuilder from 'fast-xml-builder';

/**
 * The one way the site writes XML (the feed, the sitemap): attributes as
 * `@_name`, text beside them as `#text`, tab-indented; the builder escapes
 * text and attributes (an `&` in a URL's query would otherwise break the XML).
 */
const builder = new XMLBuilder({
	format: true,
	indentBy: '\t',
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	suppressEmptyNode: true,
});

export const buildXml = (document: Record<string, unknown>): string => builder.build(document);
