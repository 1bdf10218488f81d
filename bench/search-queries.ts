/**
 * Queries for the search runs, taken from the corpus itself so that every
 * query has results whatever the corpus: the most frequent long words of the
 * article bodies (Pagefind indexes the reading pages' text), in a fixed order.
 *
 * Function words (determiners, prepositions, conjunctions) are left out: a
 * reader searches for names and subjects, not "another" or "across". They
 * matter here because the synthetic prose draws them from short lists, so at a
 * thousand articles each stands in every page some fifty times, and its index
 * entry alone outweighs a whole query for a word a reader would type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const STOP = new Set([
	...[
		'because',
		'between',
		'should',
		'would',
		'could',
		'which',
		'their',
		'there',
		'these',
		'those',
		'about',
		'other',
		'while',
		'within',
		'without',
		'although',
		'through',
		'further',
	],
	...[
		'another',
		'across',
		'against',
		'before',
		'beyond',
		'toward',
		'towards',
		'despite',
		'whereas',
		'around',
		'behind',
		'during',
		'except',
		'unless',
		'whether',
		'either',
		'neither',
		'itself',
		'rather',
	],
]);

export function pickQueries(contentDir: string, count: number): string[] {
	const dir = join(contentDir, 'articles');
	const freq = new Map<string, number>();
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()) {
		// The body is what follows the second frontmatter fence.
		// Directive syntax (:sic[…]{correct="…"}, :::author-note) is markup, not words a reader sees.
		const body = readFileSync(join(dir, file), 'utf8')
			.split(/^---$/m)
			.slice(2)
			.join('---')
			.replace(/\{[^}]*\}/g, ' ')
			.replace(/:+[a-z-]+/g, ' ');
		for (const word of body.toLowerCase().match(/\p{L}{6,}/gu) ?? []) {
			if (!STOP.has(word)) freq.set(word, (freq.get(word) ?? 0) + 1);
		}
	}
	const ranked = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
	// Every other word of the top of the list: common enough to match, varied enough to differ.
	return ranked.filter((_, i) => i % 2 === 0).slice(0, count);
}
