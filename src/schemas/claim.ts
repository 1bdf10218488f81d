import { z } from 'astro/zod';
import { CLAIM_ID_PATTERN, CLAIM_REF_PATTERN } from '../lib/ids';

/**
 * What a claim does in its author's argument. Small on purpose: a reader
 * filters by it, so each value must be easy to tell apart.
 */
export const CLAIM_KINDS = {
	report: 'States an event or fact as having happened.',
	assessment: "The author's interpretation or judgement.",
	prediction: 'What the author expects to happen.',
} as const;

export const ClaimKindSchema = z.enum(Object.keys(CLAIM_KINDS) as [keyof typeof CLAIM_KINDS]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/**
 * How one claim stands to another. Each relation is declared once, on either
 * side; the graph derives the inverse so both claims show it.
 */
export const RELATION_TYPES = {
	'agrees-with': { label: 'agrees with', inverse: 'agrees-with', inverseLabel: 'agrees with' },
	'disagrees-with': { label: 'disagrees with', inverse: 'disagrees-with', inverseLabel: 'disagrees with' },
	elaborates: { label: 'elaborates on', inverse: 'elaborated-by', inverseLabel: 'is elaborated by' },
	'reports-outcome-of': {
		label: 'reports the outcome of',
		inverse: 'outcome-reported-by',
		inverseLabel: 'has its outcome reported by',
	},
} as const;

export const RelationTypeSchema = z.enum(Object.keys(RELATION_TYPES) as [keyof typeof RELATION_TYPES]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const RelationSchema = z.strictObject({
	/** The kind of link, from the vocabulary above. */
	type: RelationTypeSchema,
	/** The other claim, as `<article-id>/<claim-id>`, e.g. `blank-2010/un-recognition`. */
	target: z.string().regex(CLAIM_REF_PATTERN, {
		error: '"<article-id>/<claim-id>" in kebab-case, e.g. "blank-2010/un-recognition"',
	}),
	/** One line saying why the two claims are related. */
	note: z.string().trim().min(1),
});

export const ClaimSchema = z.strictObject({
	/** Kebab-case, unique in its article, stable forever: it is in every permalink. */
	id: z.string().regex(CLAIM_ID_PATTERN, { error: 'a kebab-case id, e.g. "un-agreement-planned"' }),
	/** One neutral sentence saying what the author claims. */
	summary: z.string().trim().min(1),
	/** The shortest exact span of the article's text that carries the claim; it must occur there once. */
	quote: z.string().trim().min(1),
	/** See `CLAIM_KINDS`. */
	kind: ClaimKindSchema,
	/** Topic ids from `content/topics.yaml`; at least one. */
	topics: z.array(z.string().min(1)).min(1),
	/** Links to claims in other articles; the inverse side is derived. */
	relations: z.array(RelationSchema).default([]),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type Relation = z.infer<typeof RelationSchema>;
