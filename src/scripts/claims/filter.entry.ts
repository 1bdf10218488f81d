/**
 * The claims index's filters, combined: with JavaScript a filter link narrows
 * the list in place, and the choices add up (reports on one topic, with
 * relations). The query (`?kind=report&topic=afghanistan`) records them, so a
 * reload, a shared link and Back keep them. Without JavaScript each link is a
 * page of its own, one filter at a time.
 */
const FACETS = ['kind', 'said', 'related', 'topic'] as const;
type Facet = (typeof FACETS)[number];
type State = Partial<Record<Facet, string>>;

const cards = [...document.querySelectorAll<HTMLElement>('.cl-card[data-claim]')];
const sections = [...document.querySelectorAll<HTMLElement>('section.cl-article')];
const filters = document.querySelector('.cl-filters');

function matches(card: HTMLElement, state: State): boolean {
	const d = card.dataset;
	return (
		(!state.kind || d.kind === state.kind) &&
		(!state.said || d.said === state.said) &&
		(!state.related || d.related === 'true') &&
		(!state.topic || (d.topics ?? '').split(' ').includes(state.topic))
	);
}

function read(): State {
	const query = new URLSearchParams(location.search);
	const state: State = {};
	for (const facet of FACETS) {
		const value = query.get(facet);
		if (value) state[facet] = value;
	}
	return state;
}

const line = document.createElement('p');
line.className = 'cl-filter-status';
line.setAttribute('role', 'status');
filters?.after(line);

function apply(state: State): void {
	let shown = 0;
	for (const card of cards) {
		const ok = matches(card, state);
		if (ok) shown++;
		const item = card.closest('li');
		if (item) item.hidden = !ok;
	}
	for (const section of sections) {
		const all = section.querySelectorAll('.cl-card').length;
		const here = section.querySelectorAll('li:not([hidden]) > .cl-card').length;
		section.hidden = here === 0;
		// The heading's count, as the page first gave it, until the list is narrowed.
		const count = section.querySelector<HTMLElement>('.cl-article-count');
		if (count) {
			count.dataset.all ??= count.textContent ?? '';
			count.textContent = here === all ? count.dataset.all : `${here} of ${count.dataset.all}`;
		}
	}
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.cl-filter a[data-facet]')) {
		const facet = link.dataset.facet as Facet;
		const here = (state[facet] ?? '') === (link.dataset.value ?? '');
		if (here) link.setAttribute('aria-current', 'true');
		else link.removeAttribute('aria-current');
	}
	const narrowed = Object.keys(state).length > 0;
	line.hidden = !narrowed;
	line.textContent = !narrowed
		? ''
		: shown === 0
			? 'No claim matches all of these filters.'
			: `Showing ${shown} of ${cards.length} claims, matching every filter chosen.`;
}

document.addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.cl-filter a[data-facet]') : null;
	if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	const state = read();
	const facet = link.dataset.facet as Facet;
	if (link.dataset.value) state[facet] = link.dataset.value;
	else delete state[facet];
	const query = new URLSearchParams(state as Record<string, string>).toString();
	history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
	apply(state);
});
addEventListener('popstate', () => apply(read()));
apply(read());
