import type { Problem } from '../shared/errors';
import type { AttributionInput, Claim } from '../schemas/claim';
import { fold } from './quote';
import type { Attribution, SourceArticle } from './types';

/** What a claim check reports; the caller adds the file and the claim. */
type ClaimProblem = Omit<Problem, 'file'>;

/**
 * Words that fill the `attributedTo` field without naming anyone. A claim of
 * the author's own leaves the field out; a relayed one names its source.
 */
const NOBODY = new Set([
	'author',
	'the author',
	'unknown',
	'anonymous',
	'someone',
	'somebody',
	'nobody',
	'none',
	'n/a',
	'na',
	'-',
	'?',
	'tbd',
	'todo',
	'source',
	'a source',
	'others',
]);

/** The frontmatter's two forms of `attributedTo`, as one shape. */
export function attributionOf(input: AttributionInput | undefined): Attribution | undefined {
	if (input === undefined) return undefined;
	if (typeof input === 'string') return { name: input.trim() };
	return { name: input.name.trim(), ...(input.manner ? { manner: input.manner.trim() } : {}) };
}

/**
 * The editorial checks of one placed claim (content/EDITORIAL.md): its quote's
 * quotation marks balanced, a summary that is not the quote again, a source
 * that the text itself names.
 */
export function checkClaimText(claim: Claim, text: string, article: SourceArticle): ClaimProblem[] {
	const problems: ClaimProblem[] = [];
	const unbalanced = unbalancedMarks(text);
	if (unbalanced) {
		problems.push({
			at: 'quote',
			expected: 'a quote whose quotation marks are balanced',
			found: `${JSON.stringify(text)}, with ${unbalanced}`,
			hint: 'extend the quote to the closing mark, or start it after the opening one',
		});
	}
	if (comparable(claim.summary) === comparable(text)) {
		problems.push({
			at: 'summary',
			expected: 'a summary in our own words, saying what the quote claims',
			found: 'the quote repeated word for word',
			hint: 'write one neutral sentence that keeps the quote’s hedges; content/EDITORIAL.md § Summaries',
		});
	}
	const attribution = attributionOf(claim.attributedTo);
	if (attribution !== undefined) {
		const name = attribution.name;
		if (NOBODY.has(name.toLowerCase())) {
			problems.push({
				at: 'attributedTo',
				expected: 'the source the author relays, by name as the text gives it (e.g. "Nikolai Bordyuzha", "Russian officials")',
				found: `${JSON.stringify(name)}, which names nobody`,
				hint: 'leave attributedTo out when the claim is the author’s own',
			});
		} else if (!namesInText(article, name)) {
			problems.push({
				at: 'attributedTo',
				expected: 'a source named in the article’s text, as the text gives it',
				found: `${JSON.stringify(name)}, which is not in the text`,
				hint: 'copy the name from the text (e.g. "Russian officials", not "the Russian government")',
			});
		}
	}
	return problems;
}

/** "an opening “ without its closing ”", or undefined when every mark is closed. */
function unbalancedMarks(text: string): string | undefined {
	const open = [...text].filter((c) => c === '\u201c').length;
	const close = [...text].filter((c) => c === '\u201d').length;
	if (open > close) return `${open - close === 1 ? 'an opening “' : `${open - close} opening “`} without its closing ”`;
	if (close > open) return `${close - open === 1 ? 'a closing ”' : `${close - open} closing ”`} without its opening “`;
	const straight = [...text].filter((c) => c === '"').length;
	if (straight % 2 === 1) return 'an odd number of " marks: one is opened or closed outside the quote';
	return undefined;
}

function comparable(s: string): string {
	return fold(s)
		.text.toLowerCase()
		.replace(/[^\p{L}\p{N} ]+/gu, '')
		.trim();
}

/** Whether `name` stands in the article's body or caption as whole words (case, quote marks and spacing aside). */
function namesInText(article: SourceArticle, name: string): boolean {
	const haystack = fold(`${article.body}\n${article.data.caption ?? ''}`).text.toLowerCase();
	const needle = fold(name).text.toLowerCase();
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}
