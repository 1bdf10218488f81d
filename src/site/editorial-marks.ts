/** A slip of the original, as marked in an article body with `:sic[…]{…}`. */
export interface SicMark {
	/** The words as the author wrote them. */
	text: string;
	/** The intended words, when the slip is a wrong word. */
	correct?: string;
	/** What the slip is, when it is not a wrong word. */
	note?: string;
}

const SIC = /:sic\[([^\]]*)\]\{(correct|note)="([^"]*)"\}/g;

/** Lists the marked slips of a Markdown body, in reading order, for the About page. */
export function sicMarks(body: string): SicMark[] {
	return [...body.matchAll(SIC)].map(([, text = '', key, value = '']) =>
		key === 'correct' ? { text, correct: value } : { text, note: value },
	);
}
