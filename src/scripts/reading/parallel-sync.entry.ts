/**
 * The parallel page, progressively (src/pages/read/[left]/[right].astro).
 *
 * Wide: the two texts scroll on their own. When the reader scrolls one, the
 * related paragraph nearest its top edge is found, and the other column is
 * scrolled so that paragraph's partner stands level with it (aligned tops).
 * The relations cross (Blank ¶4 relates to McDermott ¶2, ¶7, ¶19 and ¶22), so
 * no single scroll with spacers could hold every pair level; two columns can,
 * one pair at a time. Of several partners, the one needing the shortest jump.
 *
 * Narrow: the switch shows the other text at the partner of the paragraph
 * being read (or of the nearest related one), at the same height on screen.
 * Without this script the switch is two anchors and the columns scroll alone.
 */
const page = document.querySelector<HTMLElement>('.par-page');
const columns = [...document.querySelectorAll<HTMLElement>('[data-par-scroll]')];
const wide = matchMedia('(min-width: 50rem)');

const topOf = (el: Element) => el.getBoundingClientRect().top;
const paragraphOf = (block: Element) => block.querySelector<HTMLElement>('p[id]');
const partnersOf = (block: HTMLElement): HTMLElement[] =>
	(block.dataset.partners ?? '')
		.split(' ')
		.map((id) => document.getElementById(id))
		.filter((el): el is HTMLElement => el !== null);
const blocksOf = (column: Element) => [...column.querySelectorAll<HTMLElement>('.par-block')];
const relatedOf = (column: Element) => blocksOf(column).filter((b) => b.dataset.partners);

/** Where each column was last scrolled to by this script, so that its echo is not taken for the reader's scroll. */
const placed = new WeakMap<HTMLElement, number>();

function level(from: HTMLElement, to: HTMLElement): void {
	const line = topOf(from);
	let nearest: { block: HTMLElement; offset: number } | undefined;
	for (const block of relatedOf(from)) {
		const p = paragraphOf(block);
		if (!p) continue;
		const offset = topOf(p) - line;
		if (!nearest || Math.abs(offset) < Math.abs(nearest.offset)) nearest = { block, offset };
	}
	if (!nearest) return;
	const wanted = topOf(to) + nearest.offset;
	const partner = partnersOf(nearest.block).reduce<HTMLElement | undefined>(
		(best, p) => (!best || Math.abs(topOf(p) - wanted) < Math.abs(topOf(best) - wanted) ? p : best),
		undefined,
	);
	if (!partner) return;
	// The pair held level, marked in the margin: which two passages the columns are joined at.
	for (const el of document.querySelectorAll('[data-level]')) el.removeAttribute('data-level');
	nearest.block.dataset.level = '';
	partner.closest<HTMLElement>('.par-block')?.setAttribute('data-level', '');
	const delta = topOf(partner) - wanted;
	if (Math.abs(delta) < 1) return;
	to.scrollTop += delta;
	placed.set(to, to.scrollTop);
}

if (columns.length === 2 && page) {
	document.documentElement.classList.add('par-synced');
	let frame = 0;
	columns.forEach((column, i) => {
		const other = columns[1 - i];
		column.addEventListener(
			'scroll',
			() => {
				const mine = placed.get(column);
				placed.delete(column);
				if (!wide.matches || !other || (mine !== undefined && Math.abs(column.scrollTop - mine) < 2)) return;
				cancelAnimationFrame(frame);
				frame = requestAnimationFrame(() => level(column, other));
			},
			{ passive: true },
		);
	});
	page.addEventListener('click', (event) => {
		const join = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('.par-joins a[href^="#"]') : null;
		if (join && wide.matches && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
			event.preventDefault();
			follow(join);
			return;
		}
		const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-par-switch]') : null;
		if (!link || wide.matches) return;
		const shown = columns.find((c) => c.offsetParent !== null);
		const wanted = columns.find((c) => c.closest(`#read-${link.dataset.parSwitch ?? ''}`));
		if (!shown || !wanted || shown === wanted) return;
		event.preventDefault();
		switchTo(shown, wanted);
	});
	addEventListener('hashchange', markShown);
	markShown();
}

/**
 * A relation link, side by side: the other column brings the linked paragraph
 * level with the one the link is under, where the reader's eye already is
 * (the browser's own jump would scroll the page and put it at the top), and
 * the keyboard's focus goes to it. The URL takes its fragment, so Back returns.
 */
function follow(link: HTMLAnchorElement): void {
	const id = decodeURIComponent(link.hash.slice(1));
	const target = document.getElementById(id);
	const from = link.closest<HTMLElement>('.par-block');
	const source = from ? paragraphOf(from) : null;
	const to = target?.closest<HTMLElement>('[data-par-scroll]');
	if (!target || !source || !to || !from) return;
	history.pushState(null, '', `#${id}`);
	to.scrollTop += topOf(target) - Math.max(topOf(to), topOf(source));
	placed.set(to, to.scrollTop);
	for (const el of document.querySelectorAll('[data-level]')) el.removeAttribute('data-level');
	from.dataset.level = '';
	target.closest<HTMLElement>('.par-block')?.setAttribute('data-level', '');
	target.tabIndex = -1;
	target.focus({ preventScroll: true });
}

/** The paragraph read now: the one across the reading line, a quarter down the window (the eye is not at the very top). */
function reading(column: HTMLElement): HTMLElement | undefined {
	const line = innerHeight / 4;
	return blocksOf(column).find((b) => b.getBoundingClientRect().bottom > line);
}

function switchTo(shown: HTMLElement, wanted: HTMLElement): void {
	const blocks = blocksOf(shown);
	const current = reading(shown);
	const at = current ? blocks.indexOf(current) : 0;
	// The paragraph read now if it has a partner there, else the related paragraph nearest it.
	const related = relatedOf(shown).sort(
		(a, b) => Math.abs(blocks.indexOf(a) - at) - Math.abs(blocks.indexOf(b) - at) || blocks.indexOf(a) - blocks.indexOf(b),
	)[0];
	const partner = related ? partnersOf(related)[0] : undefined;
	const anchor = related ? paragraphOf(related) : undefined;
	// Level with the paragraph read now when it is the related one; else the partner opens at the top.
	const floor = document.querySelector('.par-switch')?.getBoundingClientRect().bottom ?? 0;
	const height = Math.max(floor, anchor && related === current ? topOf(anchor) : 0);
	const target = partner ?? wanted.closest('section');
	if (!target) return;
	const root = document.documentElement;
	// The jump to the new fragment is measured from where it lands: no smooth scrolling in between.
	root.classList.add('par-jump');
	location.hash = target.id;
	scrollBy({ top: topOf(target) - height, behavior: 'instant' });
	root.classList.remove('par-jump');
	markShown();
}

function markShown(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-par-switch]')) {
		const column = document.getElementById(`read-${link.dataset.parSwitch ?? ''}`);
		if (column && column.offsetParent !== null && !wide.matches) link.setAttribute('aria-current', 'true');
		else link.removeAttribute('aria-current');
	}
}
