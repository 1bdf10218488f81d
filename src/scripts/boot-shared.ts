/** What boot.ts hands to the code it loads later. Types and constants only: this file adds nothing to a bundle but them. */

/** The query parameter the reading and claim pages read to highlight words (search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where boot.ts leaves the reader's first claim action, for claim-enhance.ts to carry out once loaded. */
export const PENDING = Symbol.for('un-csto-companion.pending');

export interface Pending {
	kind: 'over' | 'focus' | 'copy';
	target: Element;
}
