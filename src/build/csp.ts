/**
 * The Content-Security-Policy every page carries as a <meta> tag
 * (src/layouts/Base.astro); `_headers` sends the same rules, plus
 * `frame-ancestors`, which a meta tag cannot set (src/integrations/headers.ts
 * writes it from this function). Every script and stylesheet
 * is a file of this site, so 'self' is all they need, but for one inline
 * script allowed by its hash (`scriptSources`: src/build/boot-inline.ts).
 * Pagefind's WebAssembly needs 'wasm-unsafe-eval', and its worker may start
 * from a blob: URL. Directives that would only repeat default-src ('self' for
 * styles, fonts, fetches and the web app manifest) are
 * left to it: the same policy, in fewer bytes of every page's head.
 * Written here rather than by Astro's CSP support,
 * whose hashes of its own runtime scripts (none of which this site ships) cost
 * every page 400 bytes.
 */
export function csp(scriptSources: string[] = []): string {
	return DIRECTIVES.map((d) => (d.startsWith('script-src ') ? [d, ...scriptSources].join(' ') : d)).join('; ');
}

const DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"img-src 'self' data:",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
