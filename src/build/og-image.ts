import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OG_HEIGHT, OG_WIDTH } from '../site/social';

/**
 * Social images (Open Graph / Twitter cards), drawn at build time: this file
 * lays out the card; a worker thread (src/build/og-worker.ts) draws it with
 * satori and resvg, from fonts in node_modules: nothing is fetched.
 */

/** The light theme's colours (src/styles/global.css). */
const COLOURS = { bg: '#fbfaf7', text: '#1f1d1a', muted: '#575248', accent: '#8a3b12', rule: '#d9d4c9' };

/** A satori node: the shape React elements have, without React. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | Node | (string | Node)[] | undefined };
}
const satoriNode = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
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
	const tree = satoriNode(
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
			satoriNode('div', { display: 'flex', fontSize: 28, fontWeight: 600, color: COLOURS.accent, letterSpacing: 1 }, card.kicker),
			satoriNode(
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
			satoriNode('div', { display: 'flex', flexDirection: 'column', marginTop: 36 }, [
				...(card.byline ? [satoriNode('div', { display: 'flex', fontSize: 36, fontWeight: 600, marginBottom: 8 }, card.byline)] : []),
				...card.lines.map((line) =>
					satoriNode(
						'div',
						{ display: 'flex', fontSize: card.byline ? 30 : 32, color: card.byline ? COLOURS.muted : COLOURS.text, marginTop: 4 },
						line,
					),
				),
			]),
			satoriNode(
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
	return draw(tree);
}

const drawn = new Map<string, Promise<Buffer>>();

/**
 * The social image named `key`, drawn once. A reading page asks for its image
 * as it renders, long before Astro reaches the /og/ route, so the worker draws
 * while the build renders the other pages; the route takes the finished PNG
 * (and lets it go: `release`).
 */
export function ogImage(key: string, card: OgCard): Promise<Buffer> {
	let png = drawn.get(key);
	if (png === undefined) {
		png = renderOgImage(card);
		// Awaited by the route, which reports a failure; until then it must not count as unhandled.
		png.catch(() => undefined);
		drawn.set(key, png);
	}
	return png;
}

export function releaseOgImage(key: string): void {
	drawn.delete(key);
}

interface Drawn {
	id: number;
	png?: Uint8Array;
	error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();

/** One worker for the whole build, holding the process open only while an image is being drawn. */
function draw(tree: Node): Promise<Buffer> {
	if (worker === undefined) {
		// Started by path from the project root: the bundled page chunk that calls this may be written anywhere (OUT_DIR).
		const started = new Worker(join(process.cwd(), 'src/build/og-worker.ts'));
		started.on('message', ({ id, png, error }: Drawn) => {
			const job = waiting.get(id);
			waiting.delete(id);
			if (waiting.size === 0) started.unref();
			if (png) job?.resolve(Buffer.from(png));
			else job?.reject(new Error(`social image: ${error ?? 'the worker sent nothing'}`));
		});
		started.on('error', (error) => {
			for (const job of waiting.values()) job.reject(error);
			waiting.clear();
			worker = undefined;
		});
		worker = started;
	}
	const id = nextId++;
	const running = worker;
	running.ref();
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		running.postMessage({ id, tree, width: OG_WIDTH, height: OG_HEIGHT });
	});
}
