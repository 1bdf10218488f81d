/**
 * Claim previews, opened notes and Copy buttons, loaded by common/boot.entry.ts on the
 * reader's first hover or focus of a claim link, first opened note, first
 * press of a Copy button, or arrival at a claim: carries that first action
 * out, then listens for the rest.
 */
import { PENDING, type Pending } from '../common/enhancements';
import { fillAccessDates } from '../notes/cite-accessed';
import { fillNote, showWayBack } from './claim-notes';
import { copyFrom, hidePreview, onPointerOrFocus } from './previews';

document.addEventListener('mouseover', (e) => onPointerOrFocus(e.target, 'over'));
document.addEventListener('mouseout', (e) => onPointerOrFocus(e.target, 'out'));
document.addEventListener('focusin', (e) => onPointerOrFocus(e.target, 'focus'));
document.addEventListener('keydown', (e) => {
	if (e.key === 'Escape') hidePreview();
});
// Copy presses come from common/boot.entry.ts, which hands over every one (carryOut).

/** What common/boot.entry.ts handed over: a Copy button pressed, or a claim note opened. */
function carryOut(item: Pending): void {
	if (item instanceof HTMLButtonElement) void filled.then(() => copyFrom(item));
	else void fillNote(item);
}
// Before any copy, which copies the entry as shown.
const filled = fillAccessDates();
const pending = window[PENDING] ?? [];
for (const item of pending.splice(0)) carryOut(item);
// From now on what common/boot.entry.ts hands over is carried out at once.
pending.push = (...items: Pending[]) => {
	items.forEach(carryOut);
	return 0;
};
showWayBack();
// A preview for where the focus and the pointer are now, not where they were when loading began: by
// the time this code arrives the reader may have moved on to another link (a Tab, a move of the mouse).
onPointerOrFocus(document.activeElement, 'focus');
const hovered = [...document.querySelectorAll(':hover')].at(-1);
if (hovered && hovered !== document.activeElement) onPointerOrFocus(hovered, 'over');
