import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * The web app manifest and its icons, made from the site's mark
 * (public/favicon.svg) at the sizes browsers ask for: 192 and 512 pixels for
 * the install prompt and the home screen, and a maskable 512 on a full bleed
 * of the mark's own blue. Colours are the
 * pages' own (src/styles/global.css `--bg`), light and dark.
 */
export interface Icon {
	file: string;
	sizes: string;
	purpose: 'any' | 'maskable';
	png: Uint8Array;
}

export const MANIFEST_FILE = 'manifest.webmanifest';

/** The light and dark page backgrounds from global.css (`--bg: light-dark(#light, #dark)`). */
export function pageColours(root = process.cwd()): { light: string; dark: string } {
	const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
	const m = /--bg:\s*light-dark\((#[0-9a-f]{3,8}),\s*(#[0-9a-f]{3,8})\)/i.exec(css);
	if (!m?.[1] || !m[2])
		throw new Error('src/styles/global.css: expected "--bg: light-dark(#light, #dark)" for the app manifest’s colours, found none');
	return { light: m[1], dark: m[2] };
}

export function icons(root = process.cwd()): Icon[] {
	const mark = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
	// The mark with its corners squared: a maskable icon is cut to the platform's shape. Its drawing (x 8–24, y 9–23 of 32)
	// already lies within the safe circle (80% of the width, around the centre), so it keeps its size.
	const fill = /<rect[^>]*fill="(#[0-9a-f]+)"/i.exec(mark)?.[1];
	if (!fill) throw new Error('public/favicon.svg: expected a <rect fill="#…"> as the mark’s ground, found none');
	const maskable = mark.replace(/<rect[^>]*\/>/, `<rect width="32" height="32" fill="${fill}"/>`);
	const png = (svg: string, size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	return [
		{ file: 'icons/icon-192.png', sizes: '192x192', purpose: 'any', png: png(mark, 192) },
		{ file: 'icons/icon-512.png', sizes: '512x512', purpose: 'any', png: png(mark, 512) },
		{ file: 'icons/maskable-512.png', sizes: '512x512', purpose: 'maskable', png: png(maskable, 512) },
	];
}

export function webManifest(base: string, name: string, shortName: string, description: string, made: Icon[], root = process.cwd()) {
	const { light } = pageColours(root);
	return {
		name,
		short_name: shortName,
		description,
		lang: 'en',
		dir: 'ltr',
		id: base,
		start_url: base,
		scope: base,
		display: 'standalone',
		// One colour each in a manifest; the dark theme's comes with the pages' theme-color (src/scripts/common/offline.entry.ts).
		background_color: light,
		theme_color: light,
		icons: [
			{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			...made.map((i) => ({ src: `${base}${i.file}`, sizes: i.sizes, type: 'image/png', purpose: i.purpose })),
		],
	};
}
