/**
 * A reading page's claim notes, once opened (common/boot.entry.ts hands them over):
 * - an opened note gets the claim's kind and speaker, our summary, labelled as
 *   ours, each relation's note after its chip, and a Copy link button; all
 *   rendered as text;
 * - arriving with `?from=/claims/<article>/<claim>/` (added by common/boot.entry.ts when a reader
 *   follows a relation) shows "← Back to McDermott ¶7" after the paragraph,
 *   but only when the claim arrived at names that claim among its relations:
 *   the way back is never guessed from the parameter alone.
 */
import { parseClaimUrl } from '../../shared/urls';
import { articleOf, chipName, claimRefOf, claimsOf, ownClaimOf, relationNote } from './data';
import { el } from '../common/dom';

const filled = new WeakSet<HTMLElement>();

/** A block of the opened note: its label in italics, then the text, both as text. */
function labelled(className: string, label: string, text: string): HTMLElement {
	const span = el('span', className);
	span.append(el('i', undefined, label), ` ${text}`);
	return span;
}

export async function fillNote(note: HTMLElement): Promise<void> {
	const page = note.querySelector(':scope > a[href*="/claims/"]');
	const ref = ownClaimOf(note);
	if (!page || !ref || filled.has(note)) return;
	filled.add(note);
	const more = el('span', 'claim-more');
	// The kind and speaker, seen here: in the label they would push the notes below down. The label still names the box.
	const kind = note.querySelector('label > span')?.cloneNode(true);
	if (kind instanceof HTMLElement) {
		kind.className = 'claim-kind';
		kind.setAttribute('aria-hidden', 'true');
		more.append(kind);
	}
	page.before(more);
	try {
		const claim = (await claimsOf(articleOf(ref))).claims.get(ref);
		const parts: Node[] = [];
		if (claim) parts.push(labelled('claim-summary', 'Our summary:', claim.summary));
		for (const link of note.querySelectorAll<HTMLAnchorElement>('.claim-links a')) {
			const other = claimRefOf(link);
			const why = other && (await relationNote(ref, other));
			if (why) parts.push(labelled('claim-why', `${chipName(link)}:`, why));
		}
		more.append(...parts);
	} catch {
		more.append(el('span', 'claim-summary', 'The summary could not be loaded: the claim page has it.'));
	}
	const copy = el('button', 'copy-link', 'Copy link');
	copy.type = 'button';
	copy.dataset.copy = `${location.pathname}#claim-${ref.slice(ref.indexOf('/') + 1)}`;
	// The whole opened part in one block, which the margin lays over the notes below.
	const links = el('span', 'claim-page');
	links.append(page, ' · ', copy);
	more.append(links);
}

/** A mark's margin note: the paragraph's notes follow its related claims in order. */
function noteOf(mark: Element): Element | undefined {
	const p = mark.closest('p');
	if (!p) return undefined;
	const i = [...p.querySelectorAll('mark.across')].indexOf(mark);
	return i < 0 ? undefined : p.querySelectorAll('.claim-note')[i];
}

/** The "Back to …" link, from `?from=` checked against the relations of the claim arrived at. */
export function showWayBack(): void {
	// The claim page's path of the claim left: anything else is ignored.
	const from = parseClaimUrl(new URLSearchParams(location.search).get('from') ?? '');
	const mark = location.hash.startsWith('#claim-') ? document.getElementById(location.hash.slice(1)) : null;
	if (!from || !mark || document.querySelector('.claim-back')) return;
	const note = noteOf(mark);
	const chip = [...(note?.querySelectorAll<HTMLAnchorElement>('.claim-links a') ?? [])].find((a) => claimRefOf(a) === from);
	const paragraph = mark.closest('p');
	if (!chip || !paragraph) return;
	const back = el('a', undefined, `← Back to ${chipName(chip)}`);
	back.href = chip.href;
	// Back in history when that is where the reader came from: the same place, the same open note.
	back.addEventListener('click', (event) => {
		// Only when the page before was this site's: a look-alike page elsewhere may have linked here.
		const before = document.referrer ? new URL(document.referrer) : undefined;
		if (before?.origin === location.origin && before.pathname === new URL(chip.href).pathname && history.length > 1) {
			event.preventDefault();
			history.back();
		}
	});
	const line = el('p', 'claim-back');
	line.append(back);
	paragraph.after(line);
}
