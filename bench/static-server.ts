/**
 * A tiny static server for a built site, with the compression a real host
 * would apply: `astro preview` sends everything uncompressed, which would make
 * the byte budgets meaningless. Brotli when the browser accepts it, else gzip.
 * Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.jsonld': 'application/ld+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
};

/**
 * Only text is compressed: images and fonts are compressed already, and
 * Pagefind's index files (.pf_*, wasm.*.pagefind) are gzip inside, which
 * Pagefind's own code unpacks.
 */
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml|wasm|x-bibtex|x-research)|image\/svg)/;

export type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticServer {
	origin: string;
	/** Serve another folder from now on (the scale runs reuse one server). */
	setRoot(root: string): void;
	/** Which encodings were sent, counted, so the report can say what the browser accepted. */
	encodings: Record<Encoding, number>;
	close(): Promise<void>;
}

interface Cached {
	key: string;
	body: Buffer;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
	let dir = root;
	// Compression at brotli's highest quality, once per file: what a host that precompresses at deploy sends.
	const cache = new Map<string, Cached>();
	const encodings: Record<Encoding, number> = { br: 0, gzip: 0, identity: 0 };

	const compressed = (path: string, version: string, encoding: Encoding, raw: Buffer): Buffer => {
		if (encoding === 'identity') return raw;
		const key = `${encoding}:${path}`;
		const hit = cache.get(key);
		if (hit?.key === version) return hit.body;
		const body =
			encoding === 'br'
				? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
				: gzipSync(raw, { level: 9 });
		cache.set(key, { key: version, body });
		return body;
	};

	const resolveFile = async (pathname: string): Promise<{ file: string; redirect?: string } | undefined> => {
		const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|\\|$))+/, '');
		const file = join(dir, safe);
		if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) && file !== dir) return undefined;
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return { file };
		if (info?.isDirectory()) {
			if (!pathname.endsWith('/')) return { file, redirect: `${pathname}/` };
			const index = join(file, 'index.html');
			if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
		}
		return undefined;
	};

	const send = async (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
		const raw = await readFile(file);
		const info = await stat(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const accept = String(req.headers['accept-encoding'] ?? '');
		const encoding: Encoding = !COMPRESSIBLE.test(type) ? 'identity' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
		const body = compressed(file, `${info.mtimeMs}:${info.size}`, encoding, raw);
		encodings[encoding]++;
		const headers: Record<string, string | number> = {
			'Content-Type': type,
			'Content-Length': body.length,
			// Hashed assets are immutable; pages revalidate. What a well-configured static host sends.
			'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			Vary: 'Accept-Encoding',
		};
		if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	};

	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		resolveFile(url.pathname)
			.then(async (found) => {
				if (found?.redirect) {
					res.writeHead(301, { Location: found.redirect + url.search });
					res.end();
				} else if (found) {
					await send(req, res, found.file, 200);
				} else {
					const notFound = join(dir, '404.html');
					if ((await stat(notFound).catch(() => undefined))?.isFile()) await send(req, res, notFound, 404);
					else {
						res.writeHead(404, { 'Content-Type': 'text/plain' });
						res.end('not found');
					}
				}
			})
			.catch((error: unknown) => {
				res.writeHead(500, { 'Content-Type': 'text/plain' });
				res.end(String(error));
			});
	});
	// Keep-alive like a real host, so request counts are not inflated by connection setup.
	server.keepAliveTimeout = 10_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		setRoot: (next) => {
			dir = next;
		},
		encodings,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
