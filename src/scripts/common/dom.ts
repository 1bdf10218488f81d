/** DOM helpers the features share (search, notes, claims). */

/** A new element, with its class and text if given. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The element with this id, of this type; a page whose markup drifted from its script fails here, by name, not later on `null`. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
	const found = document.getElementById(id);
	if (!(found instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
	return found;
}

/** Speech for a polite live region, once the reader pauses, not on every keystroke. */
export function announcer(status: HTMLElement): (text: string) => void {
	let timer: number | undefined;
	return (text) => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => (status.textContent = text), 450);
	};
}

const copiedTimers = new WeakMap<Element, number>();
/**
 * "✓ Copied" right after a Copy button, for a few seconds: seen in words, not colour alone. A polite
 * live region of the page says it to a screen reader, so this copy is hidden from one (said once).
 */
export function showCopied(button: HTMLElement): void {
	let shown = button.nextElementSibling;
	if (!shown?.classList.contains('copied')) {
		shown = el('span', 'copied', '✓ Copied');
		shown.setAttribute('aria-hidden', 'true');
		button.after(shown);
	}
	window.clearTimeout(copiedTimers.get(shown));
	const done = shown;
	copiedTimers.set(
		done,
		window.setTimeout(() => done.remove(), 5000),
	);
}
