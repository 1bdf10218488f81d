/**
 * A static server for a built site, with the compression a real host would
 * apply: `astro preview` sends everything uncompressed, which would make the
 * byte budgets meaningless. Brotli when the browser accepts it, else gzip.
 * Listens on 127.0.0.1 only.
 *
 * sirv does the serving (types, path safety, index files, precompressed
 * `.br`/`.gz`); it does not compress, so each text file is compressed once,
 * on first request, into a temporary folder that a second sirv serves first.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';

/**
 * Only text is compressed: images and fonts are compressed already, and
 * Pagefind's index files (.pf_*, wasm.*.pagefind) are gzip inside, which
 * Pagefind's own code unpacks.
 */
const COMPRESSIBLE = /\.(html|css|m?js|json|jsonld|txt|xml|svg|wasm|bib|ris)$/;

type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticServer {
	origin: string;
	/** Serve another folder from now on (the scale runs reuse one server). */
	setRoot(root: string): void;
	/** Which encodings were sent, counted, so the report can say what the browser accepted. */
	encodings: Record<Encoding, number>;
	close(): Promise<void>;
}

type Handler = ReturnType<typeof sirv>;

const mtime = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;

export async function startStaticServer(root: string): Promise<StaticServer> {
	const scratch = mkdtempSync(join(tmpdir(), 'static-server-'));
	const encodings: Record<Encoding, number> = { br: 0, gzip: 0, identity: 0 };
	let site = mount(root, 0);

	// `dev` looks files up per request: the bench starts the server before the build writes dist/.
	function mount(dir: string, n: number): { dir: string; cache: string; plain: Handler; packed: Handler } {
		const cache = join(scratch, String(n));
		const cacheControl = (res: ServerResponse, pathname: string) =>
			// Hashed assets are immutable; pages revalidate. What a well-configured static host sends.
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			);
		return {
			dir: resolve(dir),
			cache,
			packed: sirv(cache, { dev: true, brotli: true, gzip: true, setHeaders: cacheControl }),
			plain: sirv(dir, { dev: true, setHeaders: cacheControl }),
		};
	}

	/** The file a path is served from, as sirv finds it (`/a/` → `a/index.html`), inside the root only. */
	function fileOf(pathname: string): string | undefined {
		const base = resolve(site.dir, `.${decodeURIComponent(pathname)}`);
		if (base !== site.dir && !base.startsWith(site.dir + sep)) return undefined;
		return [base, join(base, 'index.html'), `${base}.html`].find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
	}

	// Brotli at its highest quality, once per file: what a host that precompresses at deploy sends.
	function precompress(file: string): void {
		const packed = join(site.cache, file.slice(site.dir.length));
		const since = mtime(file) ?? 0;
		if ((mtime(`${packed}.br`) ?? -1) >= since) return;
		const raw = readFileSync(file);
		mkdirSync(dirname(packed), { recursive: true });
		writeFileSync(`${packed}.gz`, gzipSync(raw, { level: 9 }));
		writeFileSync(
			`${packed}.br`,
			brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		);
	}

	const server: Server = createServer((req, res) => {
		const { pathname, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
		const { plain, packed } = site;
		try {
			// A folder without its slash moves to it, as static hosts do, so relative URLs resolve.
			if (
				!pathname.endsWith('/') &&
				statSync(resolve(site.dir, `.${decodeURIComponent(pathname)}`), { throwIfNoEntry: false })?.isDirectory()
			) {
				res.writeHead(301, { Location: `${pathname}/${search}` }).end();
				return;
			}
			const file = fileOf(pathname);
			if (file && COMPRESSIBLE.test(file) && /\b(br|gzip)\b/.test(String(req.headers['accept-encoding'] ?? ''))) precompress(file);
			// sirv always adds Last-Modified; the budgets (HEADER_BYTES, the bench's history) count a host's headers without it.
			const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
			res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
				if (headers) delete headers['Last-Modified'];
				return writeHead(status, headers);
			}) as typeof res.writeHead;
			res.on('finish', () => {
				if (res.statusCode !== 200 && res.statusCode !== 404) return;
				const encoding = res.getHeader('content-encoding');
				encodings[encoding === 'br' || encoding === 'gzip' ? encoding : 'identity']++;
			});
			packed(req, res, () =>
				plain(req, res, () => {
					const notFound = fileOf('/404.html');
					res.writeHead(404, { 'Content-Type': notFound ? 'text/html;charset=utf-8' : 'text/plain' });
					res.end(notFound ? readFileSync(notFound) : 'not found');
				}),
			);
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'text/plain' });
			res.end(String(error));
		}
	});
	// Keep-alive like a real host, so request counts are not inflated by connection setup.
	server.keepAliveTimeout = 10_000;
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	let mounts = 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		setRoot: (next) => {
			site = mount(next, ++mounts);
		},
		encodings,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => {
					rmSync(scratch, { recursive: true, force: true });
					done();
				});
			}),
	};
}
