/**
 * The house style of our own prose (content/EDITORIAL.md § House style), for
 * summaries and relation notes. Words inside curly quotation marks are the
 * authors' and keep their spelling and hyphens, so they are not checked.
 */
const PARTIES = '(?:UN|CSTO|NATO|EU|OSCE|Russia|Georgia)';
const HYPHENED_PAIR = new RegExp(`\\b${PARTIES}-${PARTIES}\\b`, 'g');

/** What in `prose` breaks the house style, one line each; empty when nothing does. */
export function houseStyleProblems(prose: string): string[] {
	const own = prose.replace(/“[^”]*”/g, '“…”');
	const problems: string[] = [];
	if (own.includes('"')) problems.push('a straight double quote: write “ ”');
	if (/[\p{L}\s]'|'[\p{L}\s]/u.test(own)) problems.push('a straight apostrophe or single quote: write ’');
	for (const pair of own.match(HYPHENED_PAIR) ?? []) problems.push(`"${pair}" with a hyphen: write ${pair.replace('-', '–')}`);
	return problems;
}
