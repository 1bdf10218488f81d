/**
 * Claim previews and copy buttons, wired to the page by `enhance.entry.ts`:
 * - a link to a claim (its mark in a text, or its claim page) shows a card on
 *   hover or keyboard focus: where the claim is from, its quote, and why it is
 *   related when the link is a relation; Escape closes it;
 * - "Copy" buttons copy a claim's permalink or a citation.
 */
import { capitalise } from '../../shared/capitalise';
import { saidBy } from '../../shared/said-by';
import { parseClaimUrl } from '../../shared/urls';
import { addStylesheet } from '../common/enhancements';
import { articleOf, claimRefOf, claimsOf, ownClaimOf, relationNote } from './data';
import { el, showCopied } from '../common/dom';

/** The preview's styles come with this script; a preview waits for them rather than show unstyled. */
const styled = addStylesheet('preview');

const tip = document.getElementById('claim-preview');
const statusRegion = document.getElementById('claim-status');
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function claimLink(target: EventTarget | null): HTMLAnchorElement | undefined {
	const link = target instanceof Element ? target.closest('a') : null;
	return link && !link.closest('#claim-preview') && claimRefOf(link) ? link : undefined;
}

/**
 * A card for the claim a link points to: where it is from ("Blank 2010 · ¶4 · Report", and who speaks
 * when relayed), its quote, and, when the link is one of a claim's relations, the note saying why.
 */
async function show(link: HTMLAnchorElement): Promise<void> {
	if (!tip) return;
	window.clearTimeout(hideTimer);
	const ref = claimRefOf(link);
	// On a claim page, its relations are the page's own claim's.
	const own = ownClaimOf(link) ?? (link.closest('[data-relation]') ? parseClaimUrl(location.pathname) : undefined);
	const [found, why] = await Promise.all([
		ref ? claimsOf(articleOf(ref)).catch(() => undefined) : undefined,
		ref && own && own !== ref ? relationNote(own, ref).catch(() => undefined) : undefined,
		styled,
	]);
	const claim = ref ? found?.claims.get(ref) : undefined;
	if (!claim || !found || (current && current !== link)) hide();
	if (!claim || !found) return;
	current = link;
	const where = [found.label, `¶${claim.paragraph}`, capitalise(claim.kind)].join(' · ');
	const who = claim.attributedTo ? saidBy(found.author, claim.attributedTo) : undefined;
	tip.replaceChildren(el('p', 'claim-kind', who ? `${where} · ${who}` : where), el('blockquote', undefined, `“${claim.quote}”`));
	if (why) tip.append(el('p', 'claim-preview-why', why));
	tip.hidden = false;
	link.setAttribute('aria-describedby', tip.id);
	place(link);
}

// Positioned by hand, not with @floating-ui/dom: one card beside its link needs these lines, not a library in the bundle.
function place(link: HTMLAnchorElement): void {
	if (!tip) return;
	const r = link.getBoundingClientRect();
	const viewport = document.documentElement.clientWidth;
	const width = Math.min(352, viewport - 16);
	tip.style.width = `${width}px`;
	// A margin note's link: the card goes to the left of the note, over the text, never over the note being read.
	const note = link.closest('.claim-note')?.getBoundingClientRect();
	if (note && note.left - width - 16 >= 0) {
		tip.style.left = `${note.left - width - 16 + scrollX}px`;
		tip.style.top = `${Math.max(8, Math.min(r.top, innerHeight - tip.offsetHeight - 8)) + scrollY}px`;
		return;
	}
	tip.style.left = `${Math.max(8, Math.min(r.left, viewport - width - 8)) + scrollX}px`;
	const below = r.bottom + 8 + tip.offsetHeight < innerHeight;
	tip.style.top = `${(below ? r.bottom + 8 : r.top - tip.offsetHeight - 8) + scrollY}px`;
}

function hide(): void {
	if (!tip || tip.hidden) return;
	tip.hidden = true;
	current?.removeAttribute('aria-describedby');
	current = undefined;
}

function hideSoon(): void {
	window.clearTimeout(hideTimer);
	// Long enough to move the pointer onto the preview (WCAG 1.4.13: hoverable).
	hideTimer = window.setTimeout(hide, 300);
}

/** Shows the preview for a claim link under the pointer or focus, or hides it. */
export function onPointerOrFocus(target: EventTarget | null, kind: 'over' | 'out' | 'focus'): void {
	if (!tip) return;
	const link = claimLink(target);
	const inTip = target instanceof Node && tip.contains(target);
	if (kind === 'out') {
		if (link || inTip) hideSoon();
	} else if (link) void show(link);
	else if (inTip) window.clearTimeout(hideTimer);
	else if (kind === 'focus') hide();
}

export { hide as hidePreview };

/**
 * Copies a citation's text (a Cite block's, read off the page: citeproc's text
 * is its HTML's, src/cite/format.ts), or a link made absolute, and says so in
 * the live region.
 */
export async function copyFrom(button: HTMLButtonElement): Promise<void> {
	const shown = button.hasAttribute('data-copy-citation') ? button.closest('dd')?.querySelector('.citation')?.textContent : undefined;
	const citation = shown ?? button.dataset.copyText;
	const text = citation ?? new URL(button.dataset.copy ?? '', location.href).href;
	const what = citation === undefined ? 'Link' : 'Citation';
	try {
		await navigator.clipboard.writeText(text);
		if (statusRegion) statusRegion.textContent = `${what} copied.`;
		showCopied(button);
	} catch {
		if (statusRegion) statusRegion.textContent = `Copy this: ${text}`;
	}
}
