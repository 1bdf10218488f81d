import { z } from 'astro/zod';
import { KEBAB } from '../shared/kebab';
import { foldName } from '../shared/fold-name';
import { Variant } from './names';

/**
 * One entry of `content/entities.yaml`: a person, organisation, place,
 * publication, document or initiative that the texts name. Everything in an
 * entry is the texts' own: the spellings are found in them at build
 * (src/graph/mentions.ts), and what a text says of the entity is quoted from
 * it and checked there. Nothing from outside the texts and SOURCES.md: no
 * biography, no external identifier.
 */
export const ENTITY_TYPES = ['person', 'organisation', 'place', 'publication', 'document', 'initiative'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The plural heading each type has on /entities/. */
export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
	person: 'People',
	organisation: 'Organisations',
	place: 'Places',
	publication: 'Publications',
	document: 'Documents',
	initiative: 'Initiatives',
};

const Words = z.string().trim().min(1);

/** Where in an article a mention stands: a body paragraph by number, the photo caption, or the author's note. */
export const PlaceSchema = z.union([z.number().int().min(1), z.enum(['caption', 'author-note'])], {
	error: 'a paragraph number (1, 2, …), "caption" or "author-note"',
});
export type Place = z.infer<typeof PlaceSchema>;

/** Words of one article, quoted exactly; the build checks they are there. */
const QuotedSchema = z.strictObject({
	/** The article id (its file name), e.g. `blank-2010`. */
	article: z.string().regex(new RegExp(`^${KEBAB}$`), { error: 'an article id' }),
	/** The words exactly as the text has them ("CSTO Secretary-General"). */
	words: Words,
});

/** A mention the spellings cannot find ("The UN secretary-general" for Ban), placed by hand. */
const DeclaredMentionSchema = z.strictObject({
	/** The article id. */
	article: z.string().regex(new RegExp(`^${KEBAB}$`), { error: 'an article id' }),
	/** The paragraph (number), `caption` or `author-note` that holds it. */
	in: PlaceSchema,
	/** The exact span, whole words, found in that place. */
	text: Words,
});

const EntitySchema = z.strictObject({
	/** Kebab-case, permanent: it is the entity's URL, `/entities/<id>/`. */
	id: z.string().regex(new RegExp(`^${KEBAB}$`), { error: 'a kebab-case id: lower-case letters, digits, single hyphens' }),
	/** What kind of thing the texts name. */
	type: z.enum(ENTITY_TYPES),
	/** The name the site lists it under, as one of the texts writes it ("Nikolai Bordyuzha", "the Kremlin"). */
	label: Words,
	/**
	 * Every spelling the texts use, as written and case as written ("Bakiev", "Bakiyev"; "CSTO",
	 * "Collective Security Treaty Organization"). Each is found in the texts at build, whole words
	 * only; a spelling found nowhere, or listed for two entities, stops the build.
	 */
	spellings: z.array(Words).min(1),
	/** How each text describes it, in its own words: each quoted exactly and checked in that article. */
	described: z.array(QuotedSchema).default([]),
	/** Mentions the spellings cannot find, by place and exact span: each checked there. */
	mentions: z.array(DeclaredMentionSchema).default([]),
	/**
	 * For an abbreviation a text spells out itself: the expansion, in that text's words (CSTO:
	 * "Collective Security Treaty Organization"). Both the expansion and the abbreviation (the first
	 * spelling) must stand in the article. The glossary on /entities/ lists these, and only these.
	 */
	expansion: QuotedSchema.optional(),
	/**
	 * Spellings a reader may type for search, in the texts or in the literature (what
	 * content/names.yaml held): published in `/search-names.json`; not searched for in the texts.
	 */
	search: z
		.strictObject({
			/** At least two spellings, no two the same once case and diacritics are ignored (search ignores those). */
			variants: z.array(Variant).min(2),
			/** Where each spelling comes from: which text uses it, or that it is the usual form. */
			note: Words,
		})
		.refine((g) => new Set(g.variants.map(foldName)).size === g.variants.length, {
			error: 'variants that differ by more than case or diacritics (search already ignores those)',
			path: ['variants'],
		})
		.optional(),
});

export const EntitiesSchema = z.array(EntitySchema);
export type EntityData = z.infer<typeof EntitySchema>;
