/**
 * The address absolute URLs are built on when SITE is not set: the dev
 * server's and `astro preview`'s, so `npm start`, `npm run dev` and the
 * tests work without configuration. A build for the web sets SITE; a build
 * without it says so (src/integrations/site-url.ts), since every permalink,
 * citation, feed and sitemap entry it writes would name this address.
 */
export const LOCAL_SITE = 'http://localhost:4321';

/** SITE from the environment, or LOCAL_SITE, and whether it was set. */
export function siteFromEnv(env: Record<string, string | undefined> = process.env): { site: string; configured: boolean } {
	const value = env.SITE?.trim();
	return value ? { site: value, configured: true } : { site: LOCAL_SITE, configured: false };
}
