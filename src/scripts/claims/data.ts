/**
 * The claims of one article as the browser needs them, from
 * `/claims/<article>.json` (src/pages/claims/[article].json.ts): fetched once
 * per article, on the first preview or opened note that needs it.
 */
import { parseClaimUrl } from '../../shared/urls';

interface ClaimData {
	id: string;
	summary: string;
	quote: string;
	kind: string;
	paragraph: number;
	attributedTo?: { name: string; manner?: string } | null;
}

export interface ArticleClaims {
	/** The author's name, for who speaks. */
	author: string;
	/** "Blank 2010": the author's surname and the year, as the card names where a quote is from. */
	label: string;
	claims: Map<string, ClaimData>;
	/** The relations this article's claims declare, with their notes. */
	relations: { from: string; to: string; type: string; note: string }[];
}

interface ArticleJson {
	articles: { author: { name: string }; date: string }[];
	claims: ClaimData[];
	relations: ArticleClaims['relations'];
}

const byArticle = new Map<string, Promise<ArticleClaims>>();
const source = () => document.getElementById('claim-preview')?.dataset.source ?? '';

export function articleOf(ref: string): string {
	return ref.slice(0, ref.indexOf('/'));
}

export function claimsOf(article: string): Promise<ArticleClaims> {
	let found = byArticle.get(article);
	if (!found) {
		found = fetch(`${source()}${article}.json`)
			.then((r) => {
				if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
				return r.json() as Promise<ArticleJson>;
			})
			.then((data) => {
				const author = data.articles[0]?.author.name ?? '';
				return {
					author,
					label: `${author.split(' ').at(-1) ?? author} ${data.articles[0]?.date.slice(0, 4) ?? ''}`.trim(),
					claims: new Map(data.claims.map((c) => [c.id, c])),
					relations: data.relations,
				};
			});
		// A failed fetch is tried again next time.
		found.catch(() => byArticle.delete(article));
		byArticle.set(article, found);
	}
	return found;
}

/** The note of the relation between two claims, whichever of them declares it. */
export async function relationNote(a: string, b: string): Promise<string | undefined> {
	const [ofA, ofB] = await Promise.all([claimsOf(articleOf(a)), claimsOf(articleOf(b))]);
	return [...ofA.relations, ...ofB.relations].find((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a))?.note;
}

/** The claim a link on this site points to (its mark in a text, or its page); links elsewhere are no claim. */
export function claimRefOf(link: HTMLAnchorElement): string | undefined {
	const url = new URL(link.href, location.href);
	if (url.origin !== location.origin) return undefined;
	return parseClaimUrl(url.pathname, url.hash);
}

/** The claim a note, a fold's item or a claim page's relation belongs to: the one its "Claim page" link names. */
export function ownClaimOf(el: Element): string | undefined {
	const page = el.closest('.claim-note, .claim-fold li')?.querySelector<HTMLAnchorElement>('a[href*="/claims/"]');
	return page ? claimRefOf(page) : undefined;
}

/** A relation chip's name for the claim it links to: "Blank ¶6", also for a chip that reads only "¶6" after "Blank ¶4". */
export function chipName(link: HTMLAnchorElement): string {
	const text = link.textContent ?? '';
	if (!text.startsWith('¶')) return text;
	const first = link.parentElement?.querySelector('a')?.textContent ?? '';
	return `${first.replace(/\s*¶\d+$/, '')} ${text}`.trim();
}
