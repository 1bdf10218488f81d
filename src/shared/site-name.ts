/** The site's name, apart from src/site/site.ts so that the after-build steps can name it before any page loads. */
export const SITE_NAME = 'UN–CSTO Reading Companion';
