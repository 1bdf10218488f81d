import { describe, expect, it, vi } from 'vitest';
import { NO_SITE_WARNING, siteUrlIntegration } from '../../src/integrations/site-url';
import { LOCAL_SITE, siteFromEnv } from '../../src/shared/site-url';

describe('SITE', () => {
	it('is read from the environment; without it the local preview’s address, flagged as not configured', () => {
		expect(siteFromEnv({ SITE: 'https://example.org' })).toEqual({ site: 'https://example.org', configured: true });
		expect(siteFromEnv({})).toEqual({ site: 'http://localhost:4321', configured: false });
		expect(siteFromEnv({ SITE: '  ' })).toEqual({ site: LOCAL_SITE, configured: false });
	});

	it('a build without it says so in one line, naming the address it falls back to and how to set it', () => {
		const run = (configured: boolean) => {
			const warn = vi.fn();
			const hook = siteUrlIntegration(configured).hooks['astro:build:start'] as unknown as (o: { logger: { warn: typeof warn } }) => void;
			hook({ logger: { warn } });
			return warn.mock.calls.map((c) => String(c[0]));
		};
		expect(run(false)).toEqual([NO_SITE_WARNING]);
		expect(NO_SITE_WARNING).not.toContain('\n');
		expect(NO_SITE_WARNING).toContain('SITE is not set');
		expect(NO_SITE_WARNING).toContain('http://localhost:4321');
		expect(NO_SITE_WARNING).toContain('SITE=https://');
		expect(run(true)).toEqual([]);
	});
});
