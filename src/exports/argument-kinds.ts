import type { RelationType } from '../schemas/claim';

/**
 * How our relation types read in the argument-mapping tools, which know only
 * support and attack (Argdown's `+>` and `->`; AIF's RA and CA nodes). A claim
 * that supports, corroborates or agrees with another is support; one that
 * disagrees, attack. Qualifying, elaborating and reporting the outcome of
 * another claim are neither: Argdown has no relation for them (the export
 * keeps each as a comment), and AIF only the generic MA node (a rephrase), so
 * each carries our type beside it. docs/urls-and-data.md ("Argument data") documents this.
 */
export type ArgumentKind = 'support' | 'attack' | 'other';

export const ARGUMENT_KIND: Record<RelationType, ArgumentKind> = {
	supports: 'support',
	corroborates: 'support',
	'agrees-with': 'support',
	'disagrees-with': 'attack',
	qualifies: 'other',
	elaborates: 'other',
	'reports-outcome-of': 'other',
};
