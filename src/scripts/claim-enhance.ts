/**
 * What a page with claims runs before the reader does anything: it shows the
 * Copy buttons and listens, nothing more; the previews fetch their data on the
 * first hover or focus of a claim link. Without JavaScript the buttons stay
 * hidden and links stay plain links. (A lazy import() would cost more bytes
 * than it saves: Vite wraps it in a preload helper larger than the module.)
 */
import { copyFrom, hidePreview, onPointerOrFocus } from './claim-previews';

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) button.hidden = false;

document.addEventListener('mouseover', (e) => onPointerOrFocus(e.target, 'over'));
document.addEventListener('mouseout', (e) => onPointerOrFocus(e.target, 'out'));
document.addEventListener('focusin', (e) => onPointerOrFocus(e.target, 'focus'));
document.addEventListener('keydown', (e) => {
	if (e.key === 'Escape') hidePreview();
});
document.addEventListener('click', (e) => {
	const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button.copy-link') : null;
	if (button) void copyFrom(button);
});
