/**
 * The paragraph map's focus and context: hovering or focusing a paragraph (a
 * row or column head) or a relation's symbol fades every symbol and head not
 * connected to it. Without this script the map is the same table, unfaded.
 */
for (const grid of document.querySelectorAll<HTMLTableElement>('table[data-map-focus]')) {
	const marked: Element[] = [];
	const clear = () => {
		grid.classList.remove('pm-focus');
		for (const el of marked.splice(0)) el.classList.remove('pm-on');
	};
	const light = (target: EventTarget | null) => {
		const at = target instanceof Element ? target.closest('[data-l], [data-r]') : null;
		clear();
		if (!at || !grid.contains(at)) return;
		const l = at.getAttribute('data-l');
		const r = at.getAttribute('data-r');
		// A symbol is its two paragraphs; a head, its paragraph and every symbol on its line.
		const symbols = [...grid.querySelectorAll('a.pm-sym')].filter((s) =>
			at.matches('a.pm-sym') ? s === at : (l !== null && s.getAttribute('data-l') === l) || (r !== null && s.getAttribute('data-r') === r),
		);
		const ls = new Set(symbols.map((s) => s.getAttribute('data-l')).concat(l ?? []));
		const rs = new Set(symbols.map((s) => s.getAttribute('data-r')).concat(r ?? []));
		const heads = [...grid.querySelectorAll('th[data-l], th[data-r]')].filter(
			(th) => ls.has(th.getAttribute('data-l')) || rs.has(th.getAttribute('data-r')),
		);
		for (const el of [...symbols, ...heads]) el.classList.add('pm-on');
		marked.push(...symbols, ...heads);
		grid.classList.add('pm-focus');
	};
	grid.addEventListener('mouseover', (e) => light(e.target));
	grid.addEventListener('focusin', (e) => light(e.target));
	grid.addEventListener('mouseleave', clear);
	grid.addEventListener('focusout', (e) => {
		if (!grid.contains(e.relatedTarget as Node | null)) clear();
	});
}
