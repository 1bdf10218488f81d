import type { APIRoute } from 'astro';
import { urls } from '../site/site';

/**
 * `/robots.txt`: every crawler may read every page; the sitemap lists them.
 * Crawlers read robots.txt only at a host's root: under a base path
 * (`/companion/robots.txt`) it is ignored, and the sitemap is submitted to
 * the search engines directly instead (docs/deploy.md).
 */
export const prerender = true;

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('robots.txt needs an absolute site URL: set SITE');
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(urls.path('sitemap.xml'), site).href}`, ''].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
