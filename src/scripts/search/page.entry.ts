/**
 * The search page (/search/): results as the reader types, in one of two
 * modes (passages of the texts, or claims), with facets. The query, mode and
 * filters live in the URL (`?q=bakiev&mode=claims&kind=Report`): typing
 * replaces the history entry, a submitted query or a changed filter adds one,
 * and Back/Forward restore both the form and the results.
 *
 * Pagefind and its index load on the first focus or keystroke in the box, or
 * at once when the URL already holds a query.
 */
import { capitalise } from '../../shared/capitalise';
import { announcer, byId } from '../common/dom';
import { CLAIM_BATCH, PAGE_BATCH, type Outcome } from './engine';
import { loadSearch } from './loader';
import { facetFieldset, moveFocus, renderGroups, renderHits, renderSuggestions } from './render';
import { alsoSpelled, claimTally, countText, createSearchSession } from './session';
import { activeFilters, FACETS, matches, narrowingFacets, stateFromUrl, urlOf, withFilter, type SearchState } from './state';

const form = byId('search-form', HTMLFormElement);
const input = byId('search-q', HTMLInputElement);
const body = byId('search-body', HTMLElement);
const filtersBox = byId('search-filters', HTMLDetailsElement);
const filtersOn = byId('search-filters-on', HTMLElement);
const facetsBox = byId('search-facets', HTMLElement);
const summary = byId('search-summary', HTMLElement);
const list = byId('search-results', HTMLUListElement);
const area = byId('search-area', HTMLElement);
const suggestBox = byId('search-suggest', HTMLElement);
const noneBox = byId('search-none', HTMLElement);
const more = byId('search-more', HTMLElement);
const moreButton = byId('search-more-button', HTMLButtonElement);
const announce = announcer(byId('search-status', HTMLElement));
const modeInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="mode"]')];
const baseTitle = document.title;

form.hidden = false;
// Filters sit beside the results on a wide screen, folded above them on a narrow one.
filtersBox.open = matchMedia('(min-width: 50rem)').matches;

let state = stateFromUrl(location.search);

/** How many batches of results are loaded; a new query or mode starts again at one. */
let batches = 1;
/** Set when "more" was pressed: after rendering, focus goes to the first of the new results. */
let focusFrom: number | undefined;

function saveState(how: 'push' | 'replace'): void {
	const url = urlOf(state, location.pathname);
	if (url === `${location.pathname}${location.search}`) return;
	if (how === 'push') history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

function showForm(s: SearchState): void {
	input.value = s.q;
	for (const m of modeInputs) m.checked = m.value === s.mode;
}

// ---- Results ----

let last: Outcome | undefined;

function render(outcome: Outcome): void {
	last = outcome;
	const hits = state.mode === 'claims' ? outcome.claims : outcome.passages;
	const shown = hits.filter((h) => matches(h, state.filters));
	const filtered = shown.length !== hits.length;

	const focusedFacet =
		document.activeElement instanceof HTMLInputElement && document.activeElement.dataset.facet ? document.activeElement : undefined;
	const refocus = focusedFacet ? { facet: focusedFacet.dataset.facet, value: focusedFacet.value } : undefined;
	const narrowing = narrowingFacets(
		hits,
		state.filters,
		FACETS[state.mode].map(([key]) => key),
	);
	facetsBox.replaceChildren(
		...FACETS[state.mode]
			.filter(([key]) => narrowing.includes(key))
			.flatMap(([key, label]) => facetFieldset(key, label, hits, state.filters) ?? []),
	);
	const active = activeFilters(state.filters);
	filtersOn.textContent = active ? `(${active} on)` : '';
	filtersBox.hidden = facetsBox.childElementCount === 0;
	if (refocus)
		facetsBox.querySelector<HTMLInputElement>(`input[data-facet="${refocus.facet}"][value="${CSS.escape(refocus.value ?? '')}"]`)?.focus();

	for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
		// Claims are counted once their index is loaded (choosing "Claims only" loads it); until then the reader is told so.
		const n = span.dataset.count === 'claims' ? outcome.claimCount : outcome.passages.length;
		span.textContent =
			n === undefined
				? '(load to count)'
				: `(${n}${(span.dataset.count === 'claims' ? outcome.claimsMore : outcome.pagesLoaded < outcome.pageCount) ? '+' : ''})`;
	}
	const claimCount = outcome.claimCount ?? 0;

	const where = state.mode === 'claims' ? 'among the claims' : 'in the texts';
	const partial =
		state.mode === 'claims' ? outcome.claims.length < claimCount || outcome.claimsMore : outcome.pagesLoaded < outcome.pageCount;
	const count = countText(shown.length, outcome.query, where);
	summary.replaceChildren(capitalise(count));
	if (partial && state.mode === 'claims') summary.append(` (the best ${outcome.claims.length} of ${claimTally(outcome)})`);
	if (partial && state.mode === 'passages')
		summary.append(` (in the best-matching ${outcome.pagesLoaded} of ${outcome.pageCount} articles)`);
	if (filtered) summary.append(` (filtered: ${hits.length} without the filters)`);
	summary.append(`${alsoSpelled(outcome)}.`);
	if (shown.length === 0 && state.mode === 'passages' && claimCount > 0)
		summary.append(
			` ${outcome.claimsMore ? `${claimTally(outcome)} claims match` : claimCount === 1 ? '1 claim page matches' : `${claimCount} claim pages match`}: choose “Claims only”.`,
		);
	if (state.mode === 'passages') renderGroups(list, shown);
	else renderHits(list, shown);
	noneBox.hidden = shown.length > 0;
	const left =
		state.mode === 'claims'
			? outcome.claimsMore
				? CLAIM_BATCH
				: claimCount - outcome.claims.length
			: outcome.pageCount - outcome.pagesLoaded;
	more.hidden = left <= 0;
	moreButton.textContent =
		state.mode === 'claims'
			? `Show ${Math.min(left, CLAIM_BATCH)} more claims`
			: `Show passages from ${Math.min(left, PAGE_BATCH)} more articles`;
	body.hidden = false;
	if (focusFrom !== undefined) {
		list.querySelectorAll<HTMLElement>('a.sr-link')[focusFrom]?.focus();
		focusFrom = undefined;
	}
	announce(`${count}${filtered ? ', filtered' : ''}`);
}

/** A corrected query, shown as a link to its own search page. */
const searchHref = (q: string) => urlOf({ ...state, q, filters: new Map() }, location.pathname);

/** Runs a suggested query as if typed and submitted, focus back in the box. */
function runSuggestion(q: string): void {
	input.value = q;
	batches = 1;
	state = { ...state, q, filters: new Map() };
	saveState('push');
	input.focus();
	void search();
}

function clearResults(): void {
	last = undefined;
	noneBox.hidden = true;
	list.replaceChildren();
	facetsBox.replaceChildren();
	more.hidden = true;
	summary.textContent = '';
	for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = '';
	body.hidden = true;
	announce('');
}

function showProblem(message: string): void {
	list.replaceChildren();
	noneBox.hidden = true;
	more.hidden = true;
	facetsBox.replaceChildren();
	filtersBox.hidden = true;
	summary.textContent = message;
	body.hidden = false;
	announce(message);
}

const session = createSearchSession({
	show: render,
	fail: showProblem,
	clear: clearResults,
	suggest: (suggestions) => renderSuggestions(suggestBox, suggestions, searchHref, runSuggestion),
	hitsOf: (outcome) => (state.mode === 'claims' ? outcome.claims : outcome.passages),
});

function search(): Promise<void> {
	const q = state.q.trim();
	document.title = q ? `“${q}” · ${baseTitle}` : baseTitle;
	return session(state.q, {
		claims: state.mode === 'claims',
		pageLimit: batches * PAGE_BATCH,
		claimLimit: batches * CLAIM_BATCH,
	});
}

// ---- Events ----

input.addEventListener('focus', () => void loadSearch().catch(() => undefined), { once: true });

input.addEventListener('input', () => {
	batches = 1;
	state = { ...state, q: input.value };
	void search();
	// After the search has started: the history call costs a few milliseconds the results should not wait for.
	window.setTimeout(() => saveState('replace'));
});

form.addEventListener('submit', (event) => {
	event.preventDefault();
	batches = 1;
	state = { ...state, q: input.value };
	saveState('push');
	void search();
});

form.addEventListener('change', (event) => {
	const target = event.target as HTMLInputElement;
	if (target.name !== 'mode') return;
	batches = 1;
	state = { ...state, mode: target.value === 'claims' ? 'claims' : 'passages', filters: new Map() };
	saveState('push');
	void search();
});

facetsBox.addEventListener('change', (event) => {
	const box = event.target as HTMLInputElement;
	const key = box.dataset.facet;
	if (!key) return;
	state = { ...state, filters: withFilter(state.filters, key, box.value, box.checked) };
	saveState('push');
	if (last) render(last);
});

input.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && input.value) {
		event.preventDefault();
		input.value = '';
		input.dispatchEvent(new Event('input'));
	} else moveFocus(event, input, area);
});

area.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') {
		event.preventDefault();
		input.focus();
	} else moveFocus(event, input, area);
});

moreButton.addEventListener('click', () => {
	focusFrom = list.querySelectorAll('a.sr-link').length;
	batches += 1;
	void search();
});

window.addEventListener('popstate', () => {
	batches = 1;
	state = stateFromUrl(location.search);
	showForm(state);
	void search();
});

showForm(state);
if (state.q) void search();
