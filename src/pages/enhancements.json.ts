import type { APIRoute } from 'astro';
import claims from '../scripts/claim-enhance.ts?worker&url';
import dropdown from '../scripts/search-dropdown.ts?worker&url';
import highlight from '../scripts/search-highlight.ts?worker&url';
import notes from '../scripts/reader-notes.ts?worker&url';
import offline from '../scripts/offline.ts?worker&url';
import type { Enhancements } from '../scripts/boot-shared';
import notesCss from '../styles/notes.css?url';
import offlineCss from '../styles/offline.css?url';
import previewCss from '../styles/claim-preview.css?url';
import highlightCss from '../styles/search-highlight.css?url';
import resultsCss from '../styles/search-results.css?url';

/**
 * `/enhancements.json`: where the code that pages load on first use lives
 * (its file names carry content hashes). boot.ts fetches it on the reader's
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
