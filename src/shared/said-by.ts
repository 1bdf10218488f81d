/** Who a relayed claim's author reports, as the text names them. */
export interface Attribution {
	name: string;
	/** How the text says the source spoke ("privately"). */
	manner?: string;
}

/**
 * Who speaks in a claim, as a reader sees it: "McDermott" for the author's
 * own, "McDermott, reporting Nikolai Bordyuzha" for a source the author
 * relays, "McDermott, reporting NATO (privately)" with the manner. Every page,
 * note and export takes this one wording, so a reader never meets two.
 */
export function saidBy(author: string, attribution: Attribution | undefined): string {
	if (attribution === undefined) return author;
	const manner = attribution.manner ? ` (${attribution.manner})` : '';
	return `${author}, reporting ${attribution.name}${manner}`;
}
