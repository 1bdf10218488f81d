/**
 * The CSL-JSON this module produces, typed. CSL-JSON is the one data model
 * behind every citation and export here: the styles read it, and BibTeX, RIS
 * and `.json` are written from it, so they cannot disagree.
 */
import type { ClaimRef } from '../shared/ids';
import type { ArticleData } from '../schemas/article';

export interface CslName {
	family: string;
	given?: string;
	'non-dropping-particle'?: string;
	'dropping-particle'?: string;
	suffix?: string;
}

/** Year, year–month or year–month–day: as many parts as are known, never more. */
type CslDateParts = [number] | [number, number] | [number, number, number];

export interface CslDate {
	'date-parts': [CslDateParts];
}

/**
 * What the companion knows beyond CSL's fields, kept in CSL-JSON's own
 * `custom` object (CSL 1.0.2) so the styles ignore it and `.json` keeps it.
 */
interface CompanionData {
	/** How sure we are of `container-title`/`publisher` (see `OrganisationSchema`). */
	publisherCertainty: ArticleData['organisation']['certainty'];
	/** The author's headline, verbatim (`title` is its sentence-case form, for the styles). */
	headline: string;
	/** Our note beside the citations (never inside one) when the publisher is not confirmed or a host is named. */
	caveat?: string;
	/** The article's reading page in the companion. */
	companionUrl: string;
	/** Set when the item cites one claim of the article. */
	claim?: {
		ref: ClaimRef;
		/** 1-based paragraph of the claim: the citation's locator. */
		paragraph: number;
		/** The claim's own page, the permalink a reader cites. */
		permalink: string;
		/** The source the author relays, when the claim is not the author's own. */
		attributedTo?: { name: string; manner?: string };
	};
	/** For a relayed claim: how to cite it (the Cite block says it; no CSL style has a field for it). */
	attribution?: string;
}

export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	author: CslName[];
	/** The publisher's site, by its full name. */
	'container-title': string;
	issued: CslDate;
	accessed?: CslDate;
	URL: string;
	/** The site whose copy `URL` is, when it is not the publisher (`host` in the frontmatter): MLA's second container. */
	source?: string;
	language: string;
	note?: string;
	custom: CompanionData;
}

/** Where in the work a citation points; rendered by the style ("para. 5", "par. 5"). */
export interface CiteLocator {
	label: 'paragraph' | 'page' | 'section';
	locator: string | number;
}
