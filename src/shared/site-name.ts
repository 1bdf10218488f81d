/** The site's name, wherever it is shown: the pages' heads and headers, the social cards, the feed, the web app manifest, the EPUB editions. */
export const SITE_NAME = 'UN–CSTO Reading Companion';
