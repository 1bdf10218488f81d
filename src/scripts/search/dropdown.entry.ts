/**
 * Results under the header search box, as the reader types: the best
 * passages of the two texts, and links to every result and to the claims on
 * the search page. Loaded by common/boot.entry.ts on the first focus or keystroke.
 *
 * Keyboard: ↓ from the box goes into the results, ↑/↓ move between them,
 * Enter opens one, Escape goes back to the box and closes the list (a second
 * Escape clears the box). Enter in the box opens the search page.
 */
import { capitalise } from '../../shared/capitalise';
import { addStylesheet } from '../common/enhancements';
import { announcer, el } from '../common/dom';
import { loadSearch } from './loader';
import { moveFocus, renderHits, renderSuggestions } from './render';
import { alsoSpelled, claimTally, countText, createSearchSession } from './session';

const SHOWN = 6;
/** The dropdown shows the best SHOWN passages: the best few articles hold them. */
const PAGES = 3;

function attachDropdown(form: HTMLFormElement, input: HTMLInputElement): void {
	void addStylesheet('results');
	void loadSearch().catch(() => undefined);

	const panel = el('div', 'site-search-panel');
	panel.id = 'site-search-panel';
	panel.hidden = true;
	const summary = el('p', 'site-search-summary');
	summary.id = 'site-search-summary';
	const list = el('ul', 'search-results');
	list.setAttribute('role', 'list');
	list.setAttribute('aria-labelledby', summary.id);
	const more = el('p', 'site-search-more');
	const suggestBox = el('p', 'search-suggest');
	suggestBox.hidden = true;
	const status = el('p', 'visually-hidden');
	status.setAttribute('role', 'status');
	status.setAttribute('aria-live', 'polite');
	status.setAttribute('aria-atomic', 'true');
	panel.append(suggestBox, summary, list, more);
	form.append(panel, status);
	input.setAttribute('aria-controls', panel.id);

	const searchPage = form.action;
	const pageLink = (text: string, params: Record<string, string>) => {
		const a = document.createElement('a');
		const url = new URL(searchPage);
		for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
		a.href = `${url.pathname}${url.search}`;
		a.textContent = text;
		return a;
	};

	const searchHref = (q: string) => pageLink('', { q }).getAttribute('href') ?? '';
	const pick = (q: string) => {
		input.value = q;
		input.focus();
		void run();
	};

	const announce = announcer(status);
	const close = () => {
		panel.hidden = true;
	};

	const search = createSearchSession({
		show(outcome, q) {
			const n = outcome.passages.length;
			// Past PAGES matching articles only the best ones were read: their passages are not all there are.
			const partial = outcome.pagesLoaded < outcome.pageCount;
			renderHits(list, outcome.passages.slice(0, SHOWN));
			const count = partial ? `results for “${q}” in ${outcome.pageCount} articles` : countText(n, q, 'in the texts');
			summary.textContent = `${capitalise(count)}${alsoSpelled(outcome)}${n > SHOWN || partial ? `; the first ${Math.min(n, SHOWN)}:` : '.'}`;
			more.replaceChildren(
				pageLink(partial ? 'All results, with filters' : n > SHOWN ? `All ${n} results, with filters` : 'Search page, with filters', { q }),
				' · ',
				// Counted only when no passage matches: the claims index is not loaded for a count alone.
				pageLink(outcome.claimCount === undefined ? 'Search claims instead' : `Search claims instead (${claimTally(outcome)})`, {
					q,
					mode: 'claims',
				}),
			);
			panel.hidden = false;
			announce(`${count}${outcome.claimCount ? `, and ${claimTally(outcome)} claims` : ''}`);
		},
		fail(message) {
			list.replaceChildren();
			more.replaceChildren();
			summary.textContent = message;
			panel.hidden = false;
			announce(message);
		},
		clear() {
			close();
			list.replaceChildren();
			announce('');
		},
		suggest: (suggestions) => renderSuggestions(suggestBox, suggestions, searchHref, pick),
		hitsOf: (outcome) => outcome.passages,
	});
	const run = () => search(input.value, { pageLimit: PAGES });

	input.addEventListener('input', () => void run());
	input.addEventListener('focus', () => {
		if (input.value.trim() && panel.hidden) void run();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			if (!panel.hidden) close();
			else if (input.value) {
				input.value = '';
				void run();
			}
		} else if (!panel.hidden) moveFocus(event, input, panel);
	});
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			close();
			input.focus();
		} else moveFocus(event, input, panel);
	});
	form.addEventListener('focusout', (event) => {
		const next = event.relatedTarget;
		if (!(next instanceof Node) || !form.contains(next)) close();
	});
	// Pressing on a result link must not close the panel before the click lands.
	panel.addEventListener('mousedown', (event) => {
		if (!(event.target as Element).closest('a')) event.preventDefault();
	});

	// Anything typed before this module arrived.
	if (input.value.trim()) void run();
}

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input && !form.querySelector('.site-search-panel')) attachDropdown(form, input);
