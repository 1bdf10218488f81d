import type { APIRoute } from 'astro';
import claims from '../scripts/claims/enhance.entry.ts?worker&url';
import dropdown from '../scripts/search/dropdown.entry.ts?worker&url';
import highlight from '../scripts/search/highlight.entry.ts?worker&url';
import notes from '../scripts/notes/reader-notes.entry.ts?worker&url';
import offline from '../scripts/common/offline.entry.ts?worker&url';
import type { Enhancements } from '../scripts/common/enhancements';
import notesCss from '../styles/notes.css?url';
import offlineCss from '../styles/offline.css?url';
import previewCss from '../styles/claim-preview.css?url';
import highlightCss from '../styles/search-highlight.css?url';
import resultsCss from '../styles/search-results.css?url';

/**
 * `/enhancements.json`: where the code that pages load on first use lives
 * (its file names carry content hashes). src/scripts/common/boot.entry.ts fetches it on the reader's
 * first action, so no page carries these URLs. Imported here, on the build's
 * server side, because Vite writes the stylesheets a bundle asks for only
 * there, not from inside the bundle.
 */
export const GET: APIRoute = () => {
	const body: Enhancements = {
		claims,
		dropdown,
		highlight,
		notes,
		offline,
		css: { preview: previewCss, highlight: highlightCss, results: resultsCss, notes: notesCss, offline: offlineCss },
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
