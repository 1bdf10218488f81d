/**
 * Arriving from a search result (`?highlight=Bakiyev#p-18`): marks the words
 * with Pagefind's highlighter, loaded only then. The #p-N brings the
 * paragraph into view; a page opened without one scrolls to the first match.
 * Marks skip what search does not index (SEARCH_EXCLUDED, by class:
 * paragraph numbers, [sic] marks, heading links, the claim notes).
 *
 * Loaded by boot.ts only when the URL has the parameter.
 */
import { SEARCH_EXCLUDED } from '../shared/search-excluded';
import { addStylesheet, BASE, HIGHLIGHT_PARAM as PARAM } from './boot-shared';

type Highlighter = new (options: object) => unknown;

if (new URLSearchParams(location.search).has(PARAM)) {
	void addStylesheet('highlight');
	const script = document.createElement('script');
	script.type = 'module';
	script.src = `${BASE}pagefind/pagefind-highlight.js`;
	script.addEventListener('load', () => {
		const PagefindHighlight = (window as unknown as { PagefindHighlight?: Highlighter }).PagefindHighlight;
		if (!PagefindHighlight) return;
		new PagefindHighlight({
			highlightParam: PARAM,
			// Our own styles (search-highlight.css) follow the theme; an injected <style> would also break the CSP.
			addStyles: false,
			// Given markOptions, Pagefind drops its default exclusions, so they are restated: only the
			// author's words are marked, as only they are indexed (not the notes, numbers, [sic] marks).
			markOptions: {
				className: 'pagefind-highlight',
				exclude: ['[data-pagefind-ignore]', ...SEARCH_EXCLUDED].flatMap((s) => [s, `${s} *`]),
			},
		});
		// With a #p-N the browser brings the paragraph into view; without one, show the first match.
		if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
	});
	document.head.append(script);
}
