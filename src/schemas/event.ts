import { z } from 'astro/zod';
import { KEBAB } from '../shared/kebab';
import { PlaceSchema } from './entity';
import { EventDateSchema } from './event-date';
import { PartialDateSchema } from './partial-date';

/**
 * One entry of `content/events.yaml`: something a text reports as having
 * happened or expected to happen, with its date only as precisely as the
 * text (or SOURCES.md, shown as such) gives it. Checked at build against the
 * text, its claims and the entities (src/graph/events.ts).
 */
const Id = z.string().regex(new RegExp(`^${KEBAB}$`), { error: 'a kebab-case id' });

/** How a date is known. */
export const DATE_BASES = {
	text: 'stated in the text',
	inferred: 'the year inferred from the publication date',
	sources: 'from our sources, not in the text',
} as const;

const EventSchema = z.strictObject({
	/** Kebab-case, permanent: the event's anchor on /timeline/ (`#e-<id>`). */
	id: Id,
	/** A short neutral line in our own words, as a claim summary is ("Kommersant reports a breakthrough"). */
	label: z.string().trim().min(1),
	/** The article that reports it (its id). */
	article: Id,
	/** The text's own words for the event, quoted exactly; found in one of `passages`. */
	words: z.string().trim().min(1),
	/** Where the text reports it: paragraph numbers, `caption` or `author-note`. At least one. */
	passages: z.array(PlaceSchema).min(1),
	/** When, at the precision the text gives; absent for an event the text leaves undated. */
	date: EventDateSchema.optional(),
	/** Inclusive bounds narrower than `date`, or the only thing known of an undated event ("before October 2009"). */
	earliest: PartialDateSchema.optional(),
	latest: PartialDateSchema.optional(),
	/** A date the text gives only relative to something else: its words and what it depends on. */
	relative: z
		.strictObject({
			/** The text's words: "within 18 months", "recent", "previously". */
			words: z.string().trim().min(1),
			/** An event id, or `publication` (the reporting article's date). */
			to: z.union([z.literal('publication'), Id]),
			/** Whether the event comes before or after what it depends on. */
			when: z.enum(['before', 'after']),
		})
		.optional(),
	/** How the date is known: `text`, `inferred` (the year from the publication date) or `sources` (only SOURCES.md). */
	basis: z.enum(Object.keys(DATE_BASES) as [keyof typeof DATE_BASES, ...(keyof typeof DATE_BASES)[]]).optional(),
	/** What SOURCES.md adds, shown as such ("signed in Moscow on 18 March 2010"): never in the text's place. */
	sources: z.string().trim().min(1).optional(),
	/** The claims (ids in `article`) that report it. */
	claims: z.array(Id).default([]),
	/** The entities involved (ids in content/entities.yaml). */
	entities: z.array(Id).default([]),
});

export const EventsSchema = z.array(EventSchema);
export type EventData = z.infer<typeof EventSchema>;
