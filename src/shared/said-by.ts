/**
 * Who says a claim, in the one wording every page, note and export takes, so a reader never meets
 * two: here because the browser's scripts need it too (src/graph/said.ts groups a graph's claims by it).
 */

/** Who a relayed claim's author reports, as the text names them. */
export interface Attribution {
	name: string;
	/** How the text says the source spoke ("privately"). */
	manner?: string;
}

/** Who speaks in a claim, as the claims lists filter it: the author, or a source the author relays. */
export const SAID = {
	author: {
		/** The search filter's value. */
		label: 'The author',
		/** The filter bar's link. */
		plural: 'The authors’ own',
		/** The list's heading. */
		title: 'The authors’ own claims',
		description: 'The authors’ own reports, judgements and expectations.',
		/** Whose a claim is, on its page. */
		whose: 'the author’s own claim',
		/** The link to the list, from a claim's page. */
		all: 'All the authors’ own claims',
	},
	reported: {
		label: 'Reported',
		plural: 'Reported',
		title: 'Reported claims',
		description: 'What the authors relay from others: officials, governments, organisations.',
		whose: 'the source’s claim, as the author gives it',
		all: 'All reported claims',
	},
} as const;

export type Said = keyof typeof SAID;

export const saidOf = (claim: { attribution?: Attribution | undefined }): Said => (claim.attribution ? 'reported' : 'author');

/** The line of `saidBy` in parts, for a page that marks the author and the source apart. */
export function saidByParts(author: string, attribution: Attribution | undefined): { text: string; role?: 'author' | 'source' }[] {
	if (attribution === undefined) return [{ text: author, role: 'author' }];
	return [
		{ text: author, role: 'author' },
		{ text: ', reporting ' },
		{ text: attribution.name, role: 'source' },
		...(attribution.manner ? [{ text: ` (${attribution.manner})` }] : []),
	];
}

/**
 * Who speaks in a claim, as a reader sees it: "McDermott" for the author's
 * own, "McDermott, reporting Nikolai Bordyuzha" for a source the author
 * relays, "McDermott, reporting NATO (privately)" with the manner.
 */
export function saidBy(author: string, attribution: Attribution | undefined): string {
	return saidByParts(author, attribution)
		.map((p) => p.text)
		.join('');
}
