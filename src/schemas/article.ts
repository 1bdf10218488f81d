import { z } from 'astro/zod';
import { ClaimSchema } from './claim';
import { PartialDateSchema, periodOf } from './partial-date';

/** How sure we are of a fact about the publication. */
const CertaintySchema = z.enum(['confirmed', 'likely', 'unverified']);

const AuthorSchema = z.strictObject({
	/** The author's name as printed with the article. */
	name: z.string().trim().min(1),
	/** The author's position when the article appeared, as the article itself states it. */
	affiliation: z.string().trim().min(1),
});

/** The one rule of a fact held with a certainty: anything short of confirmed says why. */
function noteUnlessConfirmed(
	what: string,
): [(o: { certainty: z.infer<typeof CertaintySchema>; note?: string | undefined }) => boolean, { error: string; path: string[] }] {
	return [
		(o) => o.certainty === 'confirmed' || o.note !== undefined,
		{ error: `a note saying why, since the ${what} is not confirmed`, path: ['note'] },
	];
}

const OrganisationSchema = z
	.strictObject({
		/** The publisher's full name, e.g. "Radio Free Europe/Radio Liberty". */
		name: z.string().trim().min(1),
		/** The short form readers know, e.g. "RFE/RL". */
		shortName: z.string().trim().min(1),
		/** The publisher's home page. Leave it out rather than guess it. */
		url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' }).optional(),
		/**
		 * `confirmed` when the capture itself shows the publisher; `likely` or
		 * `unverified` when it is inferred, and then `note` must say why.
		 */
		certainty: CertaintySchema,
		/** The evidence for the publisher, shown on the page. Required unless `certainty` is `confirmed`. */
		note: z.string().trim().min(1).optional(),
	})
	.refine(...noteUnlessConfirmed('publisher'));

/**
 * The site whose copy of the text we reproduce, when it is not the original
 * publisher (`organisation`): it says where the words were read, not who
 * first published them.
 */
const HostSchema = z
	.strictObject({
		/** The site's name as it presents itself, e.g. "eurodialogue.org". */
		name: z.string().trim().min(1),
		/** The page (or site) where the copy is published. */
		url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' }),
		/** How sure we are that the text is published there, as for `organisation`. */
		certainty: CertaintySchema,
		/** The evidence, shown on the page. Required unless `certainty` is `confirmed`. */
		note: z.string().trim().min(1).optional(),
	})
	.refine(...noteUnlessConfirmed('host'));

const PublishedSchema = z
	.strictObject({
		/**
		 * When the article appeared, only as precisely as it is known:
		 * `2010`, `2009-10` or `2009-10-14`. Never pad it to a day nobody knows.
		 */
		date: PartialDateSchema,
		/**
		 * The first day the article can have appeared, when the evidence sets one
		 * (it reports an event of that day): a partial date inside `date`'s own
		 * period, inclusive. Shown as "October 2009 (on or after the 16th)".
		 * See content/EDITORIAL.md.
		 */
		earliest: PartialDateSchema.optional(),
		/**
		 * The last day the article can have appeared, when the evidence sets one:
		 * a partial date inside `date`'s own period, inclusive. See content/EDITORIAL.md.
		 */
		latest: PartialDateSchema.optional(),
		/** How the date is known, shown beside it ("reports events of 14 and 16 October"). */
		note: z.string().trim().min(1),
	})
	.superRefine((p, ctx) => {
		// The bounds narrow `date`; one outside it would contradict the date it narrows.
		const whole = periodOf(p.date);
		for (const key of ['earliest', 'latest'] as const) {
			const bound = p[key];
			// A bound that is no date at all has its own error already.
			if (bound === undefined || !PartialDateSchema.safeParse(bound).success) continue;
			const { start, end } = periodOf(bound);
			if (start < whole.start || end > whole.end) {
				ctx.addIssue({ code: 'custom', path: [key], message: `a date within published.date "${p.date}" (${whole.start} to ${whole.end})` });
			}
		}
		const valid = (d: string | undefined): d is string => d !== undefined && PartialDateSchema.safeParse(d).success;
		if (valid(p.earliest) && valid(p.latest) && periodOf(p.earliest).start > periodOf(p.latest).end) {
			ctx.addIssue({ code: 'custom', path: ['latest'], message: `a date on or after earliest ("${p.earliest}")` });
		}
	});

const SourceSchema = z.strictObject({
	/** The web page the text was captured from. */
	url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' }),
	/** What the capture is and how it relates to the original publication. */
	note: z.string().trim().min(1),
	/** The raw capture kept in `content/sources/`, relative to that folder. */
	capture: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'a file name like "blank-2010.txt"' }),
});

/**
 * The title in sentence case, for citations: APA 7 wants a work's
 * title in sentence case with its proper nouns kept, and CSL's APA style
 * prints a title as stored, while the Chicago and MLA styles title-case it
 * themselves (CSL's convention: store sentence case). Which words are proper
 * nouns is an editor's call, so it is written here, never guessed by code. It
 * may differ from `title` in letter case only.
 */
const TitleSentenceCaseSchema = z
	.string()
	.trim()
	.min(1)
	.refine((s) => s.charAt(0) === s.charAt(0).toUpperCase(), { error: 'a sentence-case title beginning with a capital letter' });

/** The frontmatter of one article in `content/articles/*.md`. */
export const ArticleSchema = z
	.strictObject({
		/** The article's own title, exactly as published: the page shows it verbatim. */
		title: z.string().trim().min(1),
		/**
		 * The same title in sentence case ("Moscow pushes for formal cooperation
		 * between UN, CSTO"), for citations (see TitleSentenceCaseSchema). Leave it
		 * out only when `title` is already in sentence case: citations then use `title`.
		 */
		titleSentenceCase: TitleSentenceCaseSchema.optional(),
		author: AuthorSchema,
		/** Who first published the article (never merely a site that reprints it), and how sure we are of it. */
		organisation: OrganisationSchema,
		/** Where the text we reproduce is published, when that is not the original publisher; see `HostSchema`. */
		host: HostSchema.optional(),
		published: PublishedSchema,
		source: SourceSchema,
		/** Two neutral sentences saying what the article argues; shown on the home page. */
		summary: z.string().trim().min(1),
		/** BCP 47 language tag of the text, e.g. `en`. */
		language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'a BCP 47 tag such as "en"' }),
		/** The caption of the article's photo, when the original had one (the photo itself is not reproduced). */
		caption: z.string().trim().min(1).optional(),
		/** The assertions that carry the argument; see `ClaimSchema`. */
		claims: z.array(ClaimSchema).default([]),
	})
	.superRefine((a, ctx) => {
		// Only the letter case may change: a word added, dropped or respelled would cite a title that was never published.
		if (a.titleSentenceCase !== undefined && a.titleSentenceCase.toLowerCase() !== a.title.toLowerCase()) {
			ctx.addIssue({
				code: 'custom',
				path: ['titleSentenceCase'],
				message: `the title "${a.title}" with only its letter case changed`,
			});
		}
	});

export type ArticleData = z.infer<typeof ArticleSchema>;
