/**
 * Cite for a reader's passage: the article's citation in Chicago, APA and MLA
 * with the passage's paragraphs as the pinpoint, exactly as citeproc wrote it
 * at build time (src/cite/pinpoint.ts says why the numbers are put in here),
 * the link to the words, and BibTeX, RIS and CSL-JSON with the pinpoint.
 */
import { pinpointLabel } from '../../shared/passage-quote';
import { BASE } from '../common/enhancements';
import { el, showCopied } from '../common/dom';

export interface CiteData {
	article: string;
	label: string;
	title: string;
	url: string;
	styles: { label: string; one: string; range: string; entry: string; accessed?: { entry: string; months: string } }[];
	/** Our note on the source (an unverified publisher), given beside the citations, never in one. */
	note?: string;
	bibtex: string;
	ris: string;
	csl: string;
}

const cache = new Map<string, Promise<CiteData>>();
/** `/notes/cite/<article>.json`, fetched once. */
export function citeData(article: string): Promise<CiteData> {
	let data = cache.get(article);
	if (!data) {
		data = fetch(`${BASE}notes/cite/${article}.json`).then((r) => {
			if (!r.ok) throw new Error(`${r.status}`);
			return r.json() as Promise<CiteData>;
		});
		cache.set(article, data);
	}
	return data;
}

/** A template of src/cite/pinpoint.ts with the paragraphs put in (its fillPinpoint, for the browser). */
function fill(template: string, first: number, last: number): string {
	return template
		.replaceAll('8675309', String(first))
		.replaceAll('1111111', String(first))
		.replaceAll('9999999', String(last))
		.replaceAll('PINPOINTNOTE', pinpointLabel(first, last));
}

/** A style's reference-list entry; MLA's with today's date as the reader's access date (src/cite/accessed.ts). */
export function entryOf(style: CiteData['styles'][number], today = new Date()): string {
	if (!style.accessed) return style.entry;
	const [pattern = '', ...months] = style.accessed.months.split('|');
	const words = pattern
		.replace('{m}', months[today.getMonth()] ?? '')
		.replace('{d}', String(today.getDate()))
		.replace('{y}', String(today.getFullYear()));
	return style.accessed.entry.replace('{accessed}', words);
}

/** The style's citation of paragraphs first…last. */
export const citationOf = (style: CiteData['styles'][number], first: number, last: number) =>
	fill(first === last ? style.one : style.range, first, last);

function copyButton(text: string, what: string, say: (s: string) => void): HTMLButtonElement {
	const b = el('button', 'reader-copy', 'Copy');
	b.type = 'button';
	b.setAttribute('aria-label', `Copy ${what}`);
	b.addEventListener('click', () => {
		navigator.clipboard.writeText(text).then(
			() => {
				say(`${what} copied.`);
				showCopied(b);
			},
			() => say(`Copy this: ${text}`),
		);
	});
	return b;
}

/** Offers `text` as a file to save. */
export function download(name: string, type: string, text: string): void {
	const a = el('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The Cite panel's content for paragraphs first…last and the link to the words. */
export async function citePanel(
	article: string,
	first: number,
	last: number,
	link: string,
	say: (s: string) => void,
): Promise<HTMLElement> {
	const box = el('div', 'reader-cite');
	try {
		const data = await citeData(article);
		const list = el('dl');
		for (const style of data.styles) {
			const cited = citationOf(style, first, last);
			const dd1 = el('dd', undefined, cited);
			dd1.append(' ', copyButton(cited, `${style.label} citation`, say));
			const entry = entryOf(style);
			const dd2 = el('dd', 'reader-entry', entry);
			dd2.append(' ', copyButton(entry, `${style.label} reference`, say));
			list.append(el('dt', undefined, `${style.label}, ${pinpointLabel(first, last)}`), dd1, dd2);
		}
		// The passage's link beside the citations, for the reader to give as they wish: never inside one.
		const passage = el('p', 'reader-passage-link', 'Link to these words: ');
		const a = el('a', undefined, link);
		a.href = link;
		passage.append(a, ' ', copyButton(link, 'the address of these words', say));
		box.append(list, passage);
		if (data.note) {
			const note = el('p', 'reader-cite-note');
			note.append(el('strong', undefined, 'Our note'), ` (not part of the citation): ${data.note}`);
			box.append(note);
		}
		const files = el('p', 'reader-actions');
		files.append('With the pinpoint: ');
		for (const [ext, label, type, text] of [
			['bib', 'BibTeX', 'application/x-bibtex', data.bibtex],
			['ris', 'RIS', 'application/x-research-info-systems', data.ris],
			['json', 'CSL-JSON', 'application/vnd.citationstyles.csl+json', data.csl],
		] as const) {
			const b = el('button', 'reader-download', label);
			b.type = 'button';
			b.addEventListener('click', () =>
				download(`${article}-para-${first}${last === first ? '' : `-${last}`}.${ext}`, type, fill(text, first, last)),
			);
			files.append(b, ' ');
		}
		box.append(files);
	} catch {
		box.append(el('p', undefined, 'The citations could not be loaded: the Cite block at the end of the page has them.'));
	}
	return box;
}
