/**
 * The drawing half of the social images, in a worker thread: satori turns the
 * card's layout into SVG, resvg rasterises it, sharp writes the PNG, and it
 * goes back to the build. Drawing is CPU-bound; in a worker it runs on the
 * machine's other core while Astro renders pages (src/build/og-image.ts).
 *
 * Plain TypeScript that Node runs as it is (type stripping): this file is
 * started by path, outside Vite's bundle, so it imports only packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

interface Job {
	id: number;
	tree: unknown;
	width: number;
	height: number;
}

// The fonts are the .woff files of two @fontsource packages (satori reads TTF, OTF and WOFF, not WOFF2): nothing is fetched.
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string) => readFileSync(require.resolve(file));
const fonts = [
	{
		name: 'Source Serif 4',
		data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
		weight: 700 as const,
		style: 'normal' as const,
	},
	{
		name: 'Source Sans 3',
		data: font('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'),
		weight: 400 as const,
		style: 'normal' as const,
	},
	{
		name: 'Source Sans 3',
		data: font('@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff'),
		weight: 600 as const,
		style: 'normal' as const,
	},
];

parentPort?.on('message', async ({ id, tree, width, height }: Job) => {
	try {
		const svg = await satori(tree as never, { width, height, fonts });
		const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
		/*
		 * Written as a 256-colour palette PNG by sharp (libimagequant): a card is
		 * a few flat colours and their anti-aliased edges, which a palette holds
		 * without a visible difference, in well under half the bytes of resvg's
		 * truecolour (bench/results.md). The card is opaque, so
		 * resvg's pixels are the same premultiplied or not. Effort 1 and no
		 * dithering: the card's colours fit the palette (no channel off by more
		 * than 1), smaller, at a fraction of the default's time.
		 */
		const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
			.png({ palette: true, colors: 256, effort: 1, dither: 0, compressionLevel: 9 })
			.toBuffer();
		const bytes = new Uint8Array(png);
		parentPort?.postMessage({ id, png: bytes }, [bytes.buffer]);
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
