/**
 * Runs on every page, and only listens:
 * - "/" and Ctrl+K (⌘K) put the cursor in the search box (the search page's
 *   own box, else the header's), unless the reader is typing in another field;
 * - the first focus or keystroke in the header box loads the results dropdown
 *   (search-dropdown.ts), which loads Pagefind.
 * Without JavaScript the header box is a plain GET form to /search/.
 *
 * The dropdown is loaded with a <script> element, not import(): any import
 * would stop Astro from inlining this script, and import() brings Vite's
 * preload helper (1.8 KB) to every page. `?worker&url` is Vite's way to get a
 * self-contained bundle of a module and its URL; the bundle runs here on the
 * page, not in a worker.
 */
import dropdownUrl from './search-dropdown.ts?worker&url';

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

/** A field where "/" is something the reader types. */
const typingIn = (el: EventTarget | null) =>
	el instanceof HTMLElement &&
	(el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ||
		(el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(el.type)));

addEventListener('keydown', (event) => {
	const mod = event.ctrlKey || event.metaKey;
	const wanted = event.key === '/' ? !mod : event.key.toLowerCase() === 'k' && mod && !event.shiftKey;
	if (!wanted || event.altKey || event.isComposing || event.defaultPrevented || typingIn(event.target)) return;
	const box = document.querySelector<HTMLInputElement>('main [data-search-input]') ?? input;
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});

const start = () => {
	if (document.querySelector('script[data-search-dropdown]')) return;
	const script = document.createElement('script');
	// A module in the dev server; a self-contained bundle in the build, which runs as a module too.
	script.type = 'module';
	script.src = dropdownUrl;
	script.dataset.searchDropdown = '';
	document.head.append(script);
};
input?.addEventListener('focus', start, { once: true });
input?.addEventListener('input', start, { once: true });
