/**
 * English function words: articles, prepositions, conjunctions, pronouns and
 * auxiliaries. Search never highlights one on its own ("of" would light up
 * every line, and the middle of "officials"); inside a quoted phrase it is
 * part of the phrase and is marked with it. Dependency-free: the result links
 * (src/scripts/search/hits.ts) and the highlighter on the landing page both read it.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
	(
		'a an the of in on at to for from by with without within into onto upon over under about after before between among ' +
		'through during against toward towards than as and or nor but if so yet not no is are was were be been being am ' +
		'has have had do does did will would shall should can could may might must it its this that these those ' +
		'he she they we you i him her them us me his their our your my who whom whose which what there here also'
	).split(' '),
);

/** Whether `word` (folded: lower case, no accents) is a function word. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word);
