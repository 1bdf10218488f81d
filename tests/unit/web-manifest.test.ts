import { describe, expect, it } from 'vitest';
import { icons, webManifest } from '../../src/offline/web-manifest';

/** "WIDTHxHEIGHT" from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
	return `${view.getUint32(16)}x${view.getUint32(20)}`;
};

describe('the web app manifest', () => {
	const made = icons();

	it('has icons made from the mark at 192 and 512 pixels, and a maskable 512', () => {
		expect(made.map((i) => [i.file, i.sizes, i.purpose, size(i.png)])).toEqual([
			['icons/icon-192.png', '192x192', 'any', '192x192'],
			['icons/icon-512.png', '512x512', 'any', '512x512'],
			['icons/maskable-512.png', '512x512', 'maskable', '512x512'],
		]);
	});

	it('starts and stays under the base path, with the pages’ light background as its colours', () => {
		const m = webManifest('/companion/', 'UN–CSTO Reading Companion', 'UN–CSTO', 'Two analyses.', made);
		expect(m).toMatchObject({ id: '/companion/', start_url: '/companion/', scope: '/companion/', display: 'standalone' });
		expect(m.theme_color).toBe('#fbfaf7');
		expect(m.background_color).toBe('#fbfaf7');
		expect(m.icons.map((i) => i.src)).toEqual([
			'/companion/favicon.svg',
			'/companion/icons/icon-192.png',
			'/companion/icons/icon-512.png',
			'/companion/icons/maskable-512.png',
		]);
		expect(m.short_name.length).toBeLessThanOrEqual(12);
	});
});
