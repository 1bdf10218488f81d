/**
 * Writes a synthetic corpus in the format of `content/`: `articles/*.md`
 * (frontmatter valid against src/schemas/article.ts, claims that pass the
 * checks of src/graph/build.ts) and `topics.yaml`. Deterministic: a seeded
 * PRNG over a fixed vocabulary, so a run's numbers compare with the last.
 *
 * Each article has about 2,000 words in plain paragraphs with a few headings,
 * an occasional [sic] mark and an author note (the real texts' features),
 * and 15 claims whose quotes are distinct sentences (or spans of one), each
 * found exactly once in its text, so no two overlap. About a third of the
 * claims relate to a claim of one of the 20 articles before, one relation per
 * pair, as the graph requires.
 *
 * CLI: node bench/generate-corpus.ts <articles> [folder]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { seeded, type Random } from './prng.ts';
import {
	ADJECTIVES,
	ADVERBS,
	CONJUNCTIONS,
	DETERMINERS,
	FIRST_NAMES,
	LAST_NAMES,
	NOUNS,
	PREPOSITIONS,
	PROPER,
	PUBLISHERS,
	VERBS,
} from './vocabulary.ts';

export interface CorpusOptions {
	articles: number;
	/** The folder to write into; a new one under os.tmpdir() when left out. */
	dir?: string;
	seed?: number;
	wordsPerArticle?: number;
	claimsPerArticle?: number;
}

export interface CorpusSummary {
	dir: string;
	articles: number;
	claims: number;
	relations: number;
	words: number;
}

const RELATION_TYPES = ['agrees-with', 'disagrees-with', 'elaborates', 'reports-outcome-of'] as const;
const KINDS = ['report', 'assessment', 'prediction'] as const;
const TOPIC_COUNT = 12;
const RELATION_WINDOW = 20;

// Every string double-quoted: a date like 2009-10-14 left plain would be read as a Date, and "2010" as a number.
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function nounPhrase(r: Random, depth = 0): string[] {
	if (r.chance(0.2)) return [r.pick(PROPER)];
	const words = [r.pick(DETERMINERS)];
	if (r.chance(0.6)) words.push(r.pick(ADJECTIVES));
	words.push(r.pick(NOUNS));
	if (depth === 0 && r.chance(0.25)) words.push(r.pick(PREPOSITIONS), ...nounPhrase(r, 1));
	return words;
}

function clause(r: Random): string[] {
	const words = nounPhrase(r);
	if (r.chance(0.3)) words.push(r.pick(ADVERBS));
	words.push(r.pick(VERBS), ...nounPhrase(r));
	if (r.chance(0.5)) words.push(r.pick(PREPOSITIONS), ...nounPhrase(r));
	return words;
}

/** One sentence of plain words: no Markdown or directive syntax can appear in it. */
function sentence(r: Random): string {
	const words = clause(r);
	if (r.chance(0.45)) {
		words[words.length - 1] += ',';
		words.push(r.pick(CONJUNCTIONS), ...clause(r));
	}
	words[0] = capitalise(words[0] ?? '');
	return `${words.join(' ')}.`;
}

const occurrences = (hay: string, needle: string) => {
	let n = 0;
	for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
	return n;
};

/** A misspelling for a [sic] mark: two inner letters swapped. */
function slip(word: string): string {
	if (word.length < 5) return `${word}${word.slice(-1)}`;
	const i = Math.floor(word.length / 2);
	return word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
}

function articleDate(r: Random): string {
	const year = r.int(2005, 2015);
	const month = String(r.int(1, 12)).padStart(2, '0');
	const day = String(r.int(1, 28)).padStart(2, '0');
	const precision = r.next();
	return precision < 0.2 ? `${year}` : precision < 0.6 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

interface Claim {
	id: string;
	summary: string;
	quote: string;
	kind: string;
	topics: string[];
	relations: { type: string; target: string; note: string }[];
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
	const { articles: count, seed = 20091014, wordsPerArticle = 2000, claimsPerArticle = 15 } = options;
	const dir = options.dir ?? mkdtempSync(join(tmpdir(), `bench-corpus-${count}-`));
	const r = seeded(seed);
	mkdirSync(join(dir, 'articles'), { recursive: true });

	const topicNouns = NOUNS.filter((_, i) => i % Math.floor(NOUNS.length / TOPIC_COUNT) === 0).slice(0, TOPIC_COUNT);
	const topics = topicNouns.map((noun) => ({
		id: `topic-${noun}`,
		label: `${capitalise(noun)} and ${r.pick(NOUNS)}`,
		description: sentence(r),
	}));
	writeFileSync(join(dir, 'topics.yaml'), stringify(topics, YAML_OPTIONS));

	const claimIds: string[][] = [];
	let claimTotal = 0;
	let relationTotal = 0;
	let wordTotal = 0;

	for (let a = 0; a < count; a++) {
		const id = `synthetic-${String(a + 1).padStart(4, '0')}`;

		// The text: paragraphs of 4–8 sentences until the article has its words.
		const paragraphs: string[][] = [];
		let words = 0;
		while (words < wordsPerArticle) {
			const p = Array.from({ length: r.int(4, 8) }, () => sentence(r));
			words += p.join(' ').split(' ').length;
			paragraphs.push(p);
		}
		wordTotal += words;
		const plain = paragraphs.map((p) => p.join(' ')).join('\n\n');

		// Claims: sentences spread evenly through the text, each quote checked to occur once.
		const sentences = paragraphs.flatMap((p, pi) => p.map((s, si) => ({ pi, si, s })));
		const used = new Set<string>();
		const claims: Claim[] = [];
		const step = sentences.length / claimsPerArticle;
		for (let k = 0; k < claimsPerArticle; k++) {
			for (let j = Math.floor(k * step); j < sentences.length; j++) {
				const at = sentences[j];
				if (!at || used.has(`${at.pi}/${at.si}`)) continue;
				const tokens = at.s.replace(/\.$/, '').split(' ');
				if (tokens.length < 8) continue;
				const start = tokens.length > 20 ? r.int(0, tokens.length - 14) : 0;
				const quote = tokens
					.slice(start, start + (tokens.length > 20 ? r.int(10, 14) : tokens.length))
					.join(' ')
					.replace(/,$/, '');
				if (occurrences(plain, quote) !== 1) continue;
				used.add(`${at.pi}/${at.si}`);
				const slug = quote
					.toLowerCase()
					.replace(/[^a-z ]/g, '')
					.split(' ')
					.filter((w) => w.length > 3)
					.slice(0, 2)
					.join('-');
				claims.push({
					id: `c${String(k + 1).padStart(2, '0')}-${slug || 'claim'}`,
					summary: sentence(r),
					quote,
					kind: r.pick(KINDS),
					topics: [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(topics).id))],
					relations: [],
				});
				break;
			}
		}

		// Relations to claims of the articles just before: each pair once, never to itself.
		if (a > 0) {
			for (const claim of claims) {
				if (!r.chance(1 / 3)) continue;
				const other = r.int(Math.max(0, a - RELATION_WINDOW), a - 1);
				const target = `synthetic-${String(other + 1).padStart(4, '0')}/${r.pick(claimIds[other] ?? [])}`;
				if (target.endsWith('/')) continue;
				claim.relations.push({ type: r.pick(RELATION_TYPES), target, note: sentence(r) });
			}
		}
		claimIds.push(claims.map((c) => c.id));
		claimTotal += claims.length;
		relationTotal += claims.reduce((n, c) => n + c.relations.length, 0);

		// [sic] marks in a few sentences that carry no claim, as the real texts have.
		const body: string[] = [];
		for (const [pi, p] of paragraphs.entries()) {
			if (pi > 0 && pi % 7 === 0) body.push(`## ${capitalise(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} and ${r.pick(NOUNS)}`);
			const marked = p.map((s, si) => {
				if (used.has(`${pi}/${si}`) || !r.chance(0.03)) return s;
				const word = s.split(' ').find((w) => /^[a-z]{5,}$/.test(w));
				return word ? s.replace(` ${word} `, ` :sic[${slip(word)}]{correct="${word}"} `) : s;
			});
			body.push(marked.join(' '));
		}
		const author = { name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, affiliation: `senior fellow at the ${r.pick(PUBLISHERS).name}` };
		body.push(`:::author-note\n${author.name} is a ${author.affiliation}. ${sentence(r)}\n:::`);

		const publisher = r.pick(PUBLISHERS);
		const confirmed = r.chance(0.8);
		const data = {
			title: `${capitalise(r.pick(ADJECTIVES))} ${capitalise(r.pick(NOUNS))} in ${r.pick(PROPER)}: ${capitalise(r.pick(NOUNS))} ${a + 1}`,
			author,
			organisation: {
				...publisher,
				url: 'https://example.org/',
				certainty: confirmed ? 'confirmed' : 'likely',
				...(confirmed ? {} : { note: sentence(r) }),
			},
			published: { date: articleDate(r), note: sentence(r) },
			source: { url: `https://example.org/analysis/${id}`, capture: `${id}.txt`, note: sentence(r) },
			summary: `${sentence(r)} ${sentence(r)}`,
			language: 'en',
			...(r.chance(0.3) ? { caption: sentence(r) } : {}),
			claims,
		};
		writeFileSync(join(dir, 'articles', `${id}.md`), `---\n${stringify(data, YAML_OPTIONS)}---\n\n${body.join('\n\n')}\n`);
	}
	return { dir, articles: count, claims: claimTotal, relations: relationTotal, words: wordTotal };
}

if (import.meta.main) {
	const count = Number(process.argv[2] ?? '10');
	const summary = generateCorpus({ articles: count, ...(process.argv[3] ? { dir: process.argv[3] } : {}) });
	console.log(JSON.stringify(summary));
}
