import { z } from 'astro/zod';
import { CLAIM_ID_PATTERN, CLAIM_REF_PATTERN, toClaimId, toClaimRef } from '../shared/ids';

/*
 * The rules behind every field here, with examples from the two texts, are in
 * content/EDITORIAL.md: read it before adding or changing a claim.
 */

/**
 * What a claim does in the argument of whoever makes it (the author, or the
 * source in `attributedTo`). Small on purpose: a reader filters by it, so each
 * value must be easy to tell apart. EDITORIAL.md § Kinds decides the hard cases.
 * `label` names one claim of the kind ("Report"), `pluralLabel` a list of them
 * as a heading or filter, `plural` the same in running text ("the 12 reports").
 */
export const CLAIM_KINDS = {
	report: {
		label: 'Report',
		pluralLabel: 'Reports',
		plural: 'reports',
		definition: 'States an event, a fact or what someone said as having happened.',
	},
	assessment: {
		label: 'Assessment',
		pluralLabel: 'Assessments',
		plural: 'assessments',
		definition: 'An interpretation or judgement: what something means, why it happened, what it amounts to.',
	},
	prediction: {
		label: 'Prediction',
		pluralLabel: 'Predictions',
		plural: 'predictions',
		definition: 'What is expected to happen or to be done: a future outcome or behaviour.',
	},
} as const;

const ClaimKindSchema = z.enum(Object.keys(CLAIM_KINDS) as [keyof typeof CLAIM_KINDS]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/**
 * How one claim stands to another. Each relation is declared once, on either
 * side; the graph derives the inverse so both claims show it. `label` reads
 * from the declaring claim, `inverseLabel` from the other; `short` is the chip
 * a margin note shows. EDITORIAL.md § Relations gives an example of each.
 * `stance` sorts a relation for the comparison: two authors who `agree`, who
 * `differ` (in verdict, emphasis or prediction), or a plain `link` between claims
 * that neither agrees nor differs (one develops, argues from or reports on the other).
 */
export const RELATION_TYPES = {
	'agrees-with': {
		label: 'agrees with',
		inverse: 'agrees-with',
		inverseLabel: 'agrees with',
		short: 'agrees',
		inverseShort: 'agrees',
		stance: 'agree',
		definition: 'Each claim states the other’s main point, in its own words: a shared topic is not agreement.',
	},
	corroborates: {
		label: 'corroborates',
		inverse: 'corroborates',
		inverseLabel: 'corroborates',
		short: 'corroborates',
		inverseShort: 'corroborates',
		stance: 'agree',
		definition: 'Two reports of the same fact or event.',
	},
	'disagrees-with': {
		label: 'disagrees with',
		inverse: 'disagrees-with',
		inverseLabel: 'disagrees with',
		short: 'disagrees',
		inverseShort: 'disagrees',
		stance: 'differ',
		definition: 'The two claims cannot both be true: one asserts what the other denies.',
	},
	qualifies: {
		label: 'qualifies',
		inverse: 'qualified-by',
		inverseLabel: 'is qualified by',
		short: 'qualifies',
		inverseShort: 'qualified by',
		stance: 'differ',
		definition:
			'Both can be true, but it limits, conditions or weighs differently what the other claim says: an exception, a cost, another emphasis, verdict or expectation.',
	},
	elaborates: {
		label: 'elaborates on',
		inverse: 'elaborated-by',
		inverseLabel: 'is elaborated by',
		short: 'elaborates',
		inverseShort: 'elaborated by',
		stance: 'link',
		definition: 'Develops, explains or spells out what the other claim states more briefly.',
	},
	supports: {
		label: 'gives a reason for',
		inverse: 'supported-by',
		inverseLabel: 'is argued from',
		short: 'reason for',
		inverseShort: 'argued from',
		stance: 'link',
		definition: 'Is offered as a reason or evidence for the other claim: a step in an argument, usually within one article.',
	},
	'reports-outcome-of': {
		label: 'reports the outcome of',
		inverse: 'outcome-reported-by',
		inverseLabel: 'has its outcome reported by',
		short: 'outcome of',
		inverseShort: 'outcome in',
		stance: 'link',
		definition: 'A later report of how something the other claim planned, hoped or expected turned out.',
	},
} as const;

const RelationTypeSchema = z.enum(Object.keys(RELATION_TYPES) as [keyof typeof RELATION_TYPES]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

const RelationSchema = z.strictObject({
	/** The kind of link, from the vocabulary above. */
	type: RelationTypeSchema,
	/**
	 * The other claim, as `<article-id>/<claim-id>`, e.g. `blank-2010/un-recognition`:
	 * in another article, or in the same one where the argument chains.
	 */
	target: z
		.string()
		.regex(CLAIM_REF_PATTERN, {
			error: '"<article-id>/<claim-id>" in kebab-case, e.g. "blank-2010/un-recognition"',
		})
		.transform(toClaimRef),
	/** One or two sentences naming what each claim says and why they are related (EDITORIAL.md § Notes). */
	note: z.string({ error: 'a note saying what each claim says and why they are related' }).trim().min(1, {
		error: 'a note saying what each claim says and why they are related',
	}),
});

/**
 * Who makes the claim, when it is not the author: the source the author
 * relays, by name as the text gives it ("Nikolai Bordyuzha", "Russian
 * officials"). The name must occur in the article's text. `manner` is how the
 * text says the source spoke, when that matters ("privately").
 */
const AttributionSchema = z.union([
	z.string().trim().min(1),
	z.strictObject({
		/** The source, by name as the text gives it. */
		name: z.string().trim().min(1),
		/** How the source spoke, in the text's word: "privately". */
		manner: z.string().trim().min(1).optional(),
	}),
]);

export const ClaimSchema = z.strictObject({
	/** Kebab-case, unique in its article, stable forever: it is in every permalink. */
	id: z.string().regex(CLAIM_ID_PATTERN, { error: 'a kebab-case id, e.g. "un-agreement-planned"' }).transform(toClaimId),
	/** One neutral sentence saying no more than the quote, its hedges and quantifiers kept (EDITORIAL.md § Summaries). */
	summary: z.string().trim().min(1),
	/** The shortest contiguous span of one paragraph that carries the claim, quotation marks balanced; it must occur there once. */
	quote: z.string().trim().min(1),
	/** See `CLAIM_KINDS`. */
	kind: ClaimKindSchema,
	/** Who makes the claim; leave it out when it is the author's own. See `AttributionSchema`. */
	attributedTo: AttributionSchema.optional(),
	/** Topic ids from `content/topics.yaml`; at least one. */
	topics: z.array(z.string().min(1)).min(1),
	/** Links to other claims, in other articles or in this one; the inverse side is derived. */
	relations: z.array(RelationSchema).default([]),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type AttributionInput = z.infer<typeof AttributionSchema>;
