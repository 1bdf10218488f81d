import { RELATION_TYPES } from '../../src/schemas/claim';
import type { ClaimGraph, ClaimNode, Edge } from '../../src/graph/types';

/*
 * What content/EDITORIAL.md asks of summaries and relation notes that a
 * machine can check: a summary in our own words (§ 4, "Not the quote again"),
 * the quote's hedges kept (§ 4, "Hedges and quantifiers stay"), a note that
 * names both sides and marks our reading as ours (§ 8, Notes). Each finding
 * names the file, the claim or relation, what was found and what is expected.
 */

export interface Finding {
	file: string;
	at: string;
	found: string;
	expected: string;
}

export function describeFinding(f: Finding): string {
	return `${f.file} › ${f.at}: found ${f.found}; expected ${f.expected}`;
}

/** A summary this close to its quote (0 to 1) restates it; EDITORIAL.md § 4 sets the bar. */
const ECHO_LIMIT = 0.85;

/** Word tokens, lower-cased, quotation marks and the possessive ’s dropped, so "Blank’s" names Blank. */
function words(text: string): string[] {
	return (
		text
			.toLowerCase()
			.replace(/[’']s\b/g, '')
			.replace(/[’']/g, "'")
			.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
	);
}

/** How much of the two word sequences is shared in order: twice the longest common subsequence over both lengths. */
export function similarity(a: string, b: string): number {
	const x = words(a);
	const y = words(b);
	if (x.length + y.length === 0) return 1;
	let prev = new Array<number>(y.length + 1).fill(0);
	for (const wx of x) {
		const row = [0];
		for (let j = 1; j <= y.length; j++) row[j] = wx === y[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
		prev = row;
	}
	return (2 * (prev[y.length] ?? 0)) / (x.length + y.length);
}

function fileOf(graph: ClaimGraph, claim: ClaimNode): string {
	return graph.articleById.get(claim.article)?.file ?? `content/articles/${claim.article}.md`;
}

/**
 * Summaries that restate their quote. `allowed` holds the few that the guide lets stay close,
 * each with its reason, by claim ref ("blank-2010/nato-refused-recognition").
 */
export function summaryEchoes(graph: ClaimGraph, allowed: ReadonlyMap<string, string> = new Map()): Finding[] {
	return graph.claims
		.filter((c) => !allowed.has(c.ref))
		.map((c) => ({ c, s: similarity(c.summary, c.text) }))
		.filter(({ s }) => s >= ECHO_LIMIT)
		.map(({ c, s }) => ({
			file: fileOf(graph, c),
			at: `claim ${c.id} › summary`,
			found: `a summary ${s.toFixed(2)} similar to its quote ("${c.summary}")`,
			expected: `below ${ECHO_LIMIT}: say what the quote means in our own words, its hedges kept (EDITORIAL.md § 4)`,
		}));
}

/**
 * The hedges EDITORIAL.md § 4 keeps, each with the words a summary may render it by.
 * A quote that holds the hedge (as a whole word) needs one of them in its summary.
 */
const HEDGES: Readonly<Record<string, readonly string[]>> = {
	might: ['might', 'may', 'could'],
	may: ['may', 'might', 'could'],
	could: ['could', 'might', 'may'],
	likely: ['likely', 'probably'],
	probably: ['probably', 'likely'],
	seems: ['seems', 'seem', 'appears'],
	appear: ['appear', 'appears', 'look', 'looks', 'seem', 'seems'],
	apparent: ['apparent', 'apparently'],
	potential: ['potential', 'potentially', 'might', 'may', 'could'],
	potentially: ['potentially', 'potential', 'could', 'might', 'may'],
	undoubtedly: ['undoubtedly', 'doubtless'],
	doubtless: ['doubtless', 'undoubtedly'],
	'de facto': ['de facto'],
	many: ['many'],
	often: ['often'],
	suggests: ['suggests', 'suggest', 'points to'],
	somewhat: ['somewhat'],
	hopes: ['hopes', 'hope', 'hoped'],
	try: ['try', 'tries', 'trying'],
	trying: ['trying', 'try', 'tries'],
	attempts: ['attempts', 'attempt', 'trying'],
};

function hasWords(text: string, phrase: string): boolean {
	const t = ` ${words(text).join(' ')} `;
	return t.includes(` ${words(phrase).join(' ')} `);
}

/** Hedges of a quote that its summary drops. */
export function hedgesLost(graph: ClaimGraph): Finding[] {
	const found: Finding[] = [];
	for (const c of graph.claims) {
		for (const [hedge, renderings] of Object.entries(HEDGES)) {
			if (!hasWords(c.text, hedge) || renderings.some((r) => hasWords(c.summary, r))) continue;
			found.push({
				file: fileOf(graph, c),
				at: `claim ${c.id} › summary`,
				found: `the quote's hedge "${hedge}" missing from the summary ("${c.summary}")`,
				expected: `one of ${renderings.map((r) => `"${r}"`).join(', ')} (EDITORIAL.md § 4, hedges stay)`,
			});
		}
	}
	return found;
}

const NOT_A_NAME = new Set(['the', 'one', 'in', 'of', 'a', 'an', 'at']);

/** The words a note may name a source by: those of its name as the text gives it, minus articles and the like. */
function nameWords(name: string): string[] {
	return name.split(/\s+/).filter((w) => !NOT_A_NAME.has(w.toLowerCase()));
}

/** Whether an edge needs "our reading": a difference or an outcome across two texts is always our construction. */
function needsOurReading(edge: Edge, across: boolean): boolean {
	return across && (RELATION_TYPES[edge.type].stance === 'differ' || edge.type === 'reports-outcome-of');
}

/**
 * Notes that do not name both sides: each article's author by surname, each relayed source
 * by its name, and, across two texts, "our reading" where the link is ours (a difference, an outcome).
 */
export function notesMissingSides(graph: ClaimGraph): Finding[] {
	const found: Finding[] = [];
	for (const edge of graph.edges) {
		const from = graph.byRef.get(edge.from);
		const to = graph.byRef.get(edge.to);
		if (from === undefined || to === undefined) continue;
		const missing: string[] = [];
		for (const claim of from.article === to.article ? [from] : [from, to]) {
			const author = graph.articleById.get(claim.article)?.data.author.name ?? '';
			const surname = author.split(/\s+/).at(-1) ?? author;
			if (!hasWords(edge.note, surname)) missing.push(`the author ${surname}`);
		}
		for (const claim of [from, to]) {
			const source = claim.attribution?.name;
			if (source !== undefined && !nameWords(source).some((w) => hasWords(edge.note, w))) missing.push(`the source ${source}`);
		}
		const across = from.article !== to.article;
		if (needsOurReading(edge, across) && !/\bour (reading|judgement)\b/i.test(edge.note)) missing.push('“our reading”');
		if (missing.length === 0) continue;
		found.push({
			file: fileOf(graph, from),
			at: `claim ${from.id} › relation ${edge.type} ${edge.to} › note`,
			found: `a note without ${missing.join(', ')} ("${edge.note}")`,
			expected:
				'a note that names what each side says, by author and source, and marks a link across the texts that is ours as “our reading” (EDITORIAL.md § 8, Notes)',
		});
	}
	return found;
}
