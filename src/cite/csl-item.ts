/**
 * An article's validated frontmatter as one CSL-JSON item, and a claim as the
 * same item pointed at one paragraph. Nothing here formats a citation: the CSL
 * styles do that (`format.ts`). The item says only what the frontmatter knows.
 * docs/citations.md gives the manual's rule behind each choice; in short:
 *
 * - `type` is `webpage`: both texts are articles on news websites with no
 *   printed counterpart. APA 7 sets such an article's title in italics and
 *   the site in roman ("italic title" pattern for a news website), Chicago 17
 *   sets a website's name in roman unless it has a printed counterpart, MLA 9 italicises the site
 *   as the container. CSL's `webpage` gives exactly that in the three styles;
 *   `article-newspaper` would italicise the site in APA and Chicago.
 * - `title` is the sentence-case title (`titleSentenceCase`, else `title`):
 *   CSL's APA style prints it as stored, as APA wants, and the Chicago and
 *   MLA styles title-case it (lower-casing "for" and "between" as their
 *   rules do, which they cannot do from a headline). The author's headline,
 *   verbatim, is kept in `custom.headline`.
 * - `issued` has as many date parts as the date has: "2009-10" → [[2009, 10]],
 *   "2010" → [[2010]]. A day nobody knows is never added.
 * - `container-title` is the publisher's site, by its full name, also when it
 *   is not confirmed: it is what is known. Its certainty goes into `note`
 *   ("Publisher unverified; text as published at eurodialogue.org."), which
 *   BibTeX, RIS and CSL-JSON carry, and into `custom.caveat`, which the Cite
 *   block shows as our note beside the citations, never inside one.
 * - `URL` is the page the text was taken from (`source.url`), i.e. the copy
 *   actually read; the companion's own page is kept in `custom.companionUrl`.
 * - `host` (a site that republishes the text, not its publisher) is CSL
 *   `source`: MLA 9's second container, which CSL's MLA style prints, in
 *   italics, between the first container and the URL ("EurasiaNet, 2010.
 *   eurodialogue.org, http://…"). Chicago and APA name the copy by its URL.
 * - A claim is cited as the article (same fields, so it lands in a reference
 *   manager as the work it is) with its own `id`, its paragraph as the
 *   citation's locator (`custom.claim.paragraph`, rendered by each style as
 *   "para. 5" / "par. 5") and its permalink in `custom.claim.permalink` and in
 *   `note`. The article's `URL` is kept: the permalink is given beside the
 *   citation, never in place of the source.
 */
import { parse as parseName } from '@citation-js/name';
import { toClaimRef } from '../shared/ids';
import type { ArticleData } from '../schemas/article';
import { PartialDateSchema, parsePartialDate } from '../schemas/partial-date';
import type { CslDate, CslItem, CslName } from './csl-types';

export interface CslOptions {
	/** The article's reading page in the companion, as an absolute URL. */
	pageUrl: string;
	/** When the source was consulted, as a partial ISO date ("2025-01-05"); left out by default. */
	accessed?: string;
}

export interface ClaimCslOptions extends CslOptions {
	/** The claim's permalink (its own page), as an absolute URL. */
	claimUrl: string;
}

/** The parts of a claim a citation needs; a `ClaimNode` from the graph has them. */
export interface CitedClaim {
	id: string;
	/** 1-based paragraph number, as in the `#p-N` anchors. */
	paragraph: number;
	/** The source the author relays, when the claim is not the author's own. */
	attribution?: { name: string; manner?: string } | undefined;
}

export function articleToCsl(id: string, data: ArticleData, opts: CslOptions): CslItem {
	const org = data.organisation;
	const caveat = publisherCaveat(data);
	const item: CslItem = {
		id,
		type: 'webpage',
		title: data.titleSentenceCase ?? data.title,
		author: [toCslName(data.author.name)],
		'container-title': org.name,
		issued: toCslDate(data.published.date),
		URL: data.source.url,
		language: data.language,
		custom: {
			headline: data.title,
			publisherCertainty: org.certainty,
			companionUrl: absoluteUrl(opts.pageUrl, 'pageUrl'),
		},
	};
	if (data.host !== undefined) item.source = data.host.name;
	if (opts.accessed !== undefined) item.accessed = toCslDate(checkedDate(opts.accessed, 'accessed'));
	if (caveat !== undefined) {
		item.custom.caveat = caveat;
		item.note = caveat;
	}
	return item;
}

export function claimToCsl(articleId: string, data: ArticleData, claim: CitedClaim, opts: ClaimCslOptions): CslItem {
	if (!Number.isInteger(claim.paragraph) || claim.paragraph < 1) {
		throw new RangeError(`claim ${articleId}/${claim.id}: paragraph must be a positive integer, got ${claim.paragraph}`);
	}
	const ref = toClaimRef(`${articleId}/${claim.id}`);
	const permalink = absoluteUrl(opts.claimUrl, 'claimUrl');
	const item = articleToCsl(ref, data, opts);
	const by = claim.attribution;
	item.custom.claim = { ref, paragraph: claim.paragraph, permalink, ...(by ? { attributedTo: { ...by } } : {}) };
	// The note is what BibTeX, RIS and CSL-JSON carry to a reference manager, so whose claim it is goes there too.
	const whose = by ? `, which the author attributes to ${by.name}${by.manner ? ` (${by.manner})` : ''}` : '';
	item.note = [item.note, `Cited for the claim in paragraph ${claim.paragraph}${whose}: ${permalink}`]
		.filter((s) => s !== undefined)
		.join(' ');
	if (by) item.custom.attribution = attributionAdvice(item.author[0]?.family ?? data.author.name, by);
	return item;
}

/**
 * How to cite a claim the author relays: the source speaks, the article is
 * what was read, so the source is named in the text and the article cited
 * ("quoted in", as Chicago 15.52 and APA 8.6 have it for secondary sources).
 * No CSL style prints this, so the Cite block states it beside the citations.
 */
export function attributionAdvice(author: string, by: { name: string; manner?: string }): string {
	const manner = by.manner ? ` (${by.manner})` : '';
	return `${author} reports this of ${by.name}${manner}: name ${by.name} in your text and cite it as ${by.name}, quoted in ${author}.`;
}

/**
 * "Publisher unverified; text as published at eurodialogue.org." — or, for a
 * confirmed publisher, "Text as published at …" when a host is named, and
 * nothing when there is neither doubt nor host.
 */
function publisherCaveat(data: ArticleData): string | undefined {
	const { certainty } = data.organisation;
	const { host } = data;
	const site =
		host === undefined ? new URL(data.source.url).host : host.certainty === 'confirmed' ? host.name : `${host.name} (${host.certainty})`;
	if (certainty === 'confirmed') return host === undefined ? undefined : `Text as published at ${site}.`;
	const how = certainty === 'likely' ? 'likely but not confirmed' : 'unverified';
	return `Publisher ${how}; text as published at ${site}.`;
}

/** "2009-10" → {"date-parts": [[2009, 10]]}: the precision is kept, never padded. */
function toCslDate(iso: string): CslDate {
	const { year, month, day } = parsePartialDate(iso);
	if (month === undefined) return { 'date-parts': [[year]] };
	if (day === undefined) return { 'date-parts': [[year, month]] };
	return { 'date-parts': [[year, month, day]] };
}

/** "Roger McDermott" → {family: "McDermott", given: "Roger"}, by Citation.js's name parser (particles, suffixes). */
function toCslName(name: string): CslName {
	const parsed = parseName(name);
	if (parsed.family === undefined || parsed.family === '') {
		throw new Error(`cannot split the author name ${JSON.stringify(name)} into family and given names`);
	}
	const out: CslName = { family: parsed.family };
	if (parsed.given) out.given = parsed.given;
	if (parsed['non-dropping-particle']) out['non-dropping-particle'] = parsed['non-dropping-particle'];
	if (parsed['dropping-particle']) out['dropping-particle'] = parsed['dropping-particle'];
	if (parsed.suffix) out.suffix = parsed.suffix;
	return out;
}

function checkedDate(iso: string, what: string): string {
	const result = PartialDateSchema.safeParse(iso);
	if (!result.success)
		throw new RangeError(`${what}: expected a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(iso)}`);
	return result.data;
}

/** A citation is read away from the site, so its links must be absolute. */
function absoluteUrl(url: string, what: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new TypeError(`${what}: expected an absolute http(s) URL, got ${JSON.stringify(url)}`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		throw new TypeError(`${what}: expected an absolute http(s) URL, got ${JSON.stringify(url)}`);
	}
	return parsed.href;
}
