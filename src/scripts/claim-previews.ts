/**
 * Claim previews and copy buttons, wired to the page by `claim-enhance.ts`:
 * - a link to a claim (its mark in a text, or its claim page) shows the
 *   claim's quote and summary on hover or keyboard focus; Escape closes it;
 * - "Copy" buttons copy a claim's permalink or a citation.
 */
import { saidBy } from '../shared/said-by';
import { parseClaimUrl } from '../shared/urls';
import { addStylesheet } from './boot-shared';

interface ClaimData {
	id: string;
	summary: string;
	quote: string;
	kind: string;
	attributedTo?: { name: string; manner?: string } | null;
	/** Added here from the file's article: the author's name, for who speaks. */
	author?: string;
}

/** The preview's styles come with this script; a preview waits for them rather than show unstyled. */
const styled = addStylesheet('preview');

const tip = document.getElementById('claim-preview');
const statusRegion = document.getElementById('claim-status');
/** Per article, its claims by ref: the file of the article a link points into, fetched once. */
const byArticle = new Map<string, Promise<Map<string, ClaimData>>>();
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function claimsOf(article: string): Promise<Map<string, ClaimData>> {
	let claims = byArticle.get(article);
	if (!claims) {
		claims = fetch(`${tip?.dataset.source ?? ''}${article}.json`)
			.then((r) => {
				if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
				return r.json() as Promise<{ articles: { author: { name: string } }[]; claims: ClaimData[] }>;
			})
			.then((data) => new Map(data.claims.map((c) => [c.id, { ...c, author: data.articles[0]?.author.name ?? '' }])));
		// A failed fetch is tried again on the next hover.
		claims.catch(() => byArticle.delete(article));
		byArticle.set(article, claims);
	}
	return claims;
}

/** The claim a link on this site points to; links elsewhere are no claim. */
function claimRefOf(link: HTMLAnchorElement): string | undefined {
	const url = new URL(link.href, location.href);
	if (url.origin !== location.origin) return undefined;
	return parseClaimUrl(url.pathname, url.hash);
}

function claimLink(target: EventTarget | null): HTMLAnchorElement | undefined {
	const link = target instanceof Element ? target.closest('a') : null;
	return link && !link.closest('#claim-preview') && claimRefOf(link) ? link : undefined;
}

async function show(link: HTMLAnchorElement): Promise<void> {
	if (!tip) return;
	window.clearTimeout(hideTimer);
	const ref = claimRefOf(link);
	const [found] = await Promise.all([ref ? claimsOf(ref.slice(0, ref.indexOf('/'))).catch(() => undefined) : undefined, styled]);
	const claim = ref ? found?.get(ref) : undefined;
	if (!claim || (current && current !== link)) hide();
	if (!claim) return;
	current = link;
	tip.replaceChildren();
	const kind = document.createElement('p');
	kind.className = 'claim-kind';
	// Who speaks only for a relayed claim, as in the reading note: the author's own needs no name.
	kind.textContent = claim.attributedTo ? `${claim.kind} · ${saidBy(claim.author ?? '', claim.attributedTo)}` : claim.kind;
	const quote = document.createElement('blockquote');
	quote.textContent = `“${claim.quote}”`;
	const summary = document.createElement('p');
	summary.textContent = claim.summary;
	tip.append(kind, quote, summary);
	tip.hidden = false;
	link.setAttribute('aria-describedby', tip.id);
	place(link);
}

// Positioned by hand, not with @floating-ui/dom: one preview above or below its link needs these lines, not a library in the bundle.
function place(link: HTMLAnchorElement): void {
	if (!tip) return;
	const r = link.getBoundingClientRect();
	const width = Math.min(352, document.documentElement.clientWidth - 16);
	tip.style.width = `${width}px`;
	tip.style.left = `${Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`;
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

/** Copies a citation's text, or a link made absolute, and says so in the live region. */
export async function copyFrom(button: HTMLButtonElement): Promise<void> {
	// A claim note's button copies the link to its claim's mark on this page.
	const note = button.closest('details.claim-note');
	// Its claim is the one its "Claim page" link names: /claims/<article>/<claim>/.
	const page = note?.querySelector<HTMLAnchorElement>('.claim-actions a')?.pathname.match(/\/([a-z0-9-]+)\/$/)?.[1];
	const href = button.dataset.copy ?? (page ? `#claim-${page}` : '');
	const text = button.dataset.copyText ?? new URL(href, location.href).href;
	const what = button.dataset.copyText === undefined ? 'Link' : 'Citation';
	try {
		await navigator.clipboard.writeText(text);
		if (statusRegion) statusRegion.textContent = `${what} copied.`;
	} catch {
		if (statusRegion) statusRegion.textContent = `Copy this: ${text}`;
	}
}
