/**
 * The one script a page runs before the reader does anything. Loaded blocking
 * in <head> (a classic script: Vite bundles it like a worker, as one
 * self-contained file) so that a remembered theme applies before first paint;
 * everything else waits for the reader:
 * - the theme button cycles System → Light → Dark, remembered in localStorage;
 * - "/" and Ctrl+K (⌘K) put the cursor in the search box (the search page's
 *   own, else the header's), unless the reader is typing in another field;
 * - the first focus or keystroke in the header box loads the results dropdown;
 * - claims in a reading page: off, quiet or highlighted, remembered; ticking
 *   a note's box (or arriving at its claim) opens it, filled by claims/enhance.entry.ts;
 * - the first hover or focus of a claim link, or the first press of a Copy
 *   button, loads the previews and copy code (claims/enhance.entry.ts);
 * - arriving from a search result (`?highlight=`) loads the highlighter;
 * - the first selection, the first focus of a paragraph number, a shared
 *   passage (`?passage=`) or notes kept (localStorage `notes`) load the
 *   reader's notes and links (notes/reader-notes.entry.ts);
 * - the reader's first scroll, the offline companion's registration (offline.entry.ts): not on
 *   load, which would be a second script before the reader acts (bench/budgets.ts).
 * Without JavaScript: the system theme, plain links, a GET search form.
 *
 * Later code is loaded with <script> elements, not import(): import() would
 * bring Vite's preload helper, larger than this file. `?worker&url` is Vite's
 * way to get a self-contained bundle of a module and its URL; the bundles run
 * on the page, not in workers. Their URLs are in /enhancements.json.
 */
import { BASE, ENHANCEMENTS, HIGHLIGHT_PARAM, PENDING, type Enhancements, type Pending } from './enhancements';

const root = document.documentElement;

// ---- Theme ----
const KEY = 'theme';
const ORDER = ['auto', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];
const NAMES: Record<Theme, string> = { auto: 'System', light: 'Light', dark: 'Dark' };

/** A choice remembered in localStorage, if it is one of `allowed`; else the first of them. */
function recall<T extends string>(key: string, allowed: readonly T[]): T {
	try {
		const v = localStorage.getItem(key) as T | null;
		if (v && allowed.includes(v)) return v;
	} catch {
		// Private modes may refuse storage: the default then.
	}
	return allowed[0] as T;
}
function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private modes may refuse storage: the choice then lasts for this page.
	}
}
const stored = () => recall(KEY, ORDER);
// `auto` pins nothing: the stylesheet's rules are for data-theme light and dark only.
const apply = (theme: Theme) => (root.dataset.theme = theme);
apply(stored());

// ---- Loading later code ----
// Where it is: /enhancements.json, fetched on the first use (src/pages/enhancements.json.ts).
let manifest: Promise<Enhancements> | undefined;
// An array, not a Set: the bundler marks `new Set` with a /* @__PURE__ */ comment that would ship inline.
const loaded: string[] = [];
function load(name: 'claims' | 'dropdown' | 'highlight' | 'notes' | 'offline'): void {
	if (loaded.includes(name)) return;
	loaded.push(name);
	manifest ??= fetch(`${BASE}enhancements.json`).then((r) => r.json() as Promise<Enhancements>);
	void manifest.then((m) => {
		window[ENHANCEMENTS] = m;
		const script = document.createElement('script');
		// A module in the dev server; a self-contained bundle in the build, which runs as a module too.
		script.type = 'module';
		script.src = m[name];
		document.head.append(script);
	});
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) load('highlight');

// ---- Offline reading (offline.entry.ts): registered on the reader's first scroll (wheel, keys or touch) ----
onscroll = () => load('offline');

// ---- The reader's own notes and links (notes/reader-notes.entry.ts): on the first selection or focus of a paragraph number, a shared passage, or notes kept ----
const notes = () => load('notes');
if (/passage=/.test(location.search) || recall('notes', ['', '1'])) notes();
document.onselectionchange = () => getSelection()?.isCollapsed || notes();
addEventListener('focusin', (e) => (e.target as Element).className == 'pnum' && notes());

// ---- Search shortcuts ----
/** A field where "/" is something the reader types. */
const typingIn = (el: EventTarget | null) =>
	el instanceof HTMLElement &&
	(el.isContentEditable ||
		el instanceof HTMLTextAreaElement ||
		el instanceof HTMLSelectElement ||
		(el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset)$/.test(el.type)));

addEventListener('keydown', (event) => {
	const mod = event.ctrlKey || event.metaKey;
	const wanted = event.key === '/' ? !mod : event.key.toLowerCase() === 'k' && mod && !event.shiftKey;
	if (!wanted || event.altKey || event.isComposing || event.defaultPrevented || typingIn(event.target)) return;
	const box =
		document.querySelector<HTMLInputElement>('main [data-search-input]') ??
		document.querySelector<HTMLInputElement>('form.site-search input[name="q"]');
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});

// ---- Claims: previews and Copy buttons, loaded on first use ----
const pending: Pending[] = [];
window[PENDING] = pending;
// Coarser than parseClaimUrl (src/shared/urls.ts), which claims/previews.ts applies once loaded: this script is inline in every page.
const CLAIM_LINK = 'a[href*="#claim-"], a[href*="/claims/"]';
function claimEvent(event: Event): void {
	const target = event.target instanceof Element ? event.target : null;
	const copy = target?.closest<HTMLButtonElement>('button.copy-link');
	const link = target?.closest(CLAIM_LINK);
	// A hover or focus needs nothing kept: claims/enhance.entry.ts looks at where the pointer and focus are once it arrives.
	// Every Copy press is handed over, before claims/enhance.entry.ts arrives and after (it carries them out at once then).
	if (copy && event.type === 'click') pending.push(copy);
	// Approaching the Cite block loads what fills in MLA's access date (notes/cite-accessed.ts).
	else if (!(target?.closest('.cite') || (link && event.type !== 'click' && document.getElementById('claim-preview')))) return;
	for (const type of ['mouseover', 'focusin']) removeEventListener(type, claimEvent);
	load('claims');
}
for (const type of ['mouseover', 'focusin', 'click']) addEventListener(type, claimEvent);

// Ticking a claim note's box opens it: claims/enhance.entry.ts fills it with our summary, the relations' notes and a Copy link button.
addEventListener('change', (event) => {
	const note = event.target instanceof HTMLInputElement && event.target.checked && event.target.closest<HTMLElement>('.claim-note');
	if (!note) return;
	pending.push(note);
	load('claims');
});

// ---- Claims in a reading page: off · quiet · highlighted, remembered like the theme ----
// `js` tells the stylesheet the notes open on a tick (without JavaScript they show all they hold).
root.classList.add('js');
// The default first.
const MODES = ['quiet', 'off', 'highlighted'] as const;
root.dataset.claims = recall('claims', MODES);
/** Arriving at a claim (a relation followed, a link shared) opens its note; `?from=` adds the way back (claims/enhance.entry.ts). */
function openArrival(): void {
	const mark = location.hash.startsWith('#claim-') ? document.getElementById(location.hash.slice(1)) : null;
	const p = mark?.closest('p');
	// Its note follows the paragraph's words: the nth related mark's is the nth note.
	const box = p?.querySelectorAll('input')[[...p.querySelectorAll('mark.across')].indexOf(mark!)];
	if (box && !box.checked) box.click();
	else if (new URLSearchParams(location.search).has('from')) load('claims');
}
addEventListener('hashchange', openArrival);
// Following a relation from a note carries the page of the claim it leaves, for the way back (claims/claim-notes.ts checks it there).
addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.claim-links a') : null;
	const page = link?.closest('.claim-note, li')?.querySelector<HTMLAnchorElement>('a[href*="/claims/"]');
	if (link && page) link.search = `from=${page.pathname}`;
});

// ---- Once the page is parsed ----
document.addEventListener('DOMContentLoaded', () => {
	const button = document.getElementById('theme-toggle');
	const label = button?.querySelector('[data-theme-label]');
	if (button && label) {
		label.textContent = NAMES[stored()];
		button.addEventListener('click', () => {
			const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length] ?? 'auto';
			remember(KEY, next);
			apply(next);
			label.textContent = NAMES[next];
		});
	}
	// Copy buttons and the "/" hint need this script.
	for (const el of document.querySelectorAll<HTMLElement>('button.copy-link,.site-search-key')) el.hidden = false;
	const modes = document.getElementById('claims-mode');
	if (modes) {
		for (const radio of modes.querySelectorAll('input')) radio.checked = radio.value === recall('claims', MODES);
		modes.hidden = false;
		modes.addEventListener('change', (event) => {
			const mode = (event.target as HTMLInputElement).value;
			remember('claims', mode);
			root.dataset.claims = mode;
		});
	}
	openArrival();
	const input = document.querySelector<HTMLInputElement>('form.site-search input[name="q"]');
	input?.addEventListener('focus', () => load('dropdown'), { once: true });
	input?.addEventListener('input', () => load('dropdown'), { once: true });
});
