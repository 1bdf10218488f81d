import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH } from './social';

/**
 * Social images (Open Graph / Twitter cards), drawn at build time: satori lays
 * out the text and turns it into SVG paths, resvg rasterises the SVG to PNG.
 * The fonts are the .woff files of two @fontsource packages (satori reads TTF,
 * OTF and WOFF, not WOFF2), read from node_modules: nothing is fetched.
 */

/** The light theme's colours (src/styles/global.css). */
const COLOURS = { bg: '#fbfaf7', text: '#1f1d1a', muted: '#575248', accent: '#8a3b12', rule: '#d9d4c9' };

// Resolved from the project root, not from the bundled chunk: the build may write its output anywhere (OUT_DIR).
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string) => readFileSync(require.resolve(file));

let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
	fonts ??= [
		{ name: 'Source Serif 4', data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
		{ name: 'Source Sans 3', data: font('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
		{ name: 'Source Sans 3', data: font('@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff'), weight: 600, style: 'normal' },
	];
	return fonts;
}

/** A satori node: the shape React elements have, without React. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | Node | (string | Node)[] | undefined };
}
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
	type,
	props: { style, children },
});

export interface OgCard {
	/** Small line above the title, e.g. "Analysis · RFE/RL". */
	kicker: string;
	/** The big line: an article's title, or the site's name. */
	title: string;
	/** The author, set under the title in bold; none on the site's card. */
	byline?: string;
	/** Lines under the byline: publisher and date, or one line per article. */
	lines: string[];
	/** The footer: the site's name and where it lives. */
	footer: string;
}

/** Titles are set smaller as they get longer, so that no title needs more than three lines. */
function titleSize(title: string): number {
	if (title.length <= 40) return 72;
	if (title.length <= 70) return 62;
	return 52;
}

export async function renderOgImage(card: OgCard): Promise<Buffer> {
	const tree = el(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			backgroundColor: COLOURS.bg,
			borderLeft: `24px solid ${COLOURS.accent}`,
			padding: '64px 80px 56px 72px',
			fontFamily: 'Source Sans 3',
			color: COLOURS.text,
		},
		[
			el('div', { display: 'flex', fontSize: 28, fontWeight: 600, color: COLOURS.accent, letterSpacing: 1 }, card.kicker),
			el(
				'div',
				{
					display: 'flex',
					marginTop: 28,
					fontFamily: 'Source Serif 4',
					fontWeight: 700,
					fontSize: titleSize(card.title),
					lineHeight: 1.15,
					lineClamp: 3,
				},
				card.title,
			),
			el(
				'div',
				{ display: 'flex', flexDirection: 'column', marginTop: 36 },
				[
					...(card.byline ? [el('div', { display: 'flex', fontSize: 36, fontWeight: 600, marginBottom: 8 }, card.byline)] : []),
					...card.lines.map((line) =>
						el('div', { display: 'flex', fontSize: card.byline ? 30 : 32, color: card.byline ? COLOURS.muted : COLOURS.text, marginTop: 4 }, line),
					),
				],
			),
			el(
				'div',
				{
					display: 'flex',
					marginTop: 'auto',
					paddingTop: 24,
					borderTop: `2px solid ${COLOURS.rule}`,
					fontSize: 26,
					color: COLOURS.muted,
				},
				card.footer,
			),
		],
	);
	const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
