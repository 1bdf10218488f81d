import type { RelationType } from '../schemas/claim';

/**
 * How each relation type looks wherever relations are drawn: a symbol, and the
 * custom property holding its colour pair (compare.css defines them, checked
 * for contrast in light and dark). The symbol always stands beside the type's
 * word, so neither colour nor symbol carries the meaning alone; the plural
 * title and the description head the type's group on the comparison.
 */
export interface RelationLook {
	icon: string;
	/** A `light-dark()` colour in compare.css. */
	colour: `--rel-${RelationType}`;
	title: string;
	description: string;
}

export const RELATION_LOOK: Record<RelationType, RelationLook> = {
	'agrees-with': {
		icon: '✓',
		colour: '--rel-agrees-with',
		title: 'Agreements',
		description: 'The authors make the same point, in their own words.',
	},
	corroborates: {
		icon: '≡',
		colour: '--rel-corroborates',
		title: 'Corroborations',
		description: 'The authors report the same fact or event.',
	},
	'disagrees-with': {
		icon: '✕',
		colour: '--rel-disagrees-with',
		title: 'Disagreements',
		description: 'The authors read the same matter differently.',
	},
	qualifies: {
		icon: '±',
		colour: '--rel-qualifies',
		title: 'Qualifications',
		description: 'One author limits, complicates or shifts the emphasis of a point the other makes.',
	},
	supports: {
		icon: '→',
		colour: '--rel-supports',
		title: 'Reasons',
		description: 'One author’s claim is offered as a reason or evidence for the other’s.',
	},
	elaborates: {
		icon: '+',
		colour: '--rel-elaborates',
		title: 'Elaborations',
		description: 'One author develops a point the other makes in passing.',
	},
	'reports-outcome-of': {
		icon: '↳',
		colour: '--rel-reports-outcome-of',
		title: 'Outcomes',
		description: 'One author reports how something the other expected turned out.',
	},
};

/** The order types are grouped in, by stance: where the authors agree, where they differ, then the plain links. */
export const RELATION_ORDER: RelationType[] = [
	'agrees-with',
	'corroborates',
	'disagrees-with',
	'qualifies',
	'elaborates',
	'supports',
	'reports-outcome-of',
];
