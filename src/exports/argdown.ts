import type { ClaimGraph, ClaimNode } from '../graph/types';
import { claimSaidBy } from '../graph/said';
import { RELATION_TYPES } from '../schemas/claim';
import { ARGUMENT_KIND } from './argument-kinds';

/**
 * `/claims.argdown`: the claims as Argdown statements and their relations as
 * Argdown relations (src/exports/argument-kinds.ts), for the Argdown sandbox,
 * its VS Code extension or `@argdown/cli`. Each statement is titled by its
 * claim's id (`mcdermott-2009/un-agreement-planned`) and says the author's
 * words, tagged with its kind (and who speaks, when the author relays a
 * source); each article is a group. Argdown reads
 * `[`, `<`, `#` and its other marks inside text as syntax, so every such
 * character of a quote is escaped with a backslash, which Argdown removes.
 */
const escape = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\[\]<>#*_@{}`~+\-=:]/g, (c) => `\\${c}`);

/** Tagged with its kind and, for a claim the author relays, who speaks ("#(McDermott, reporting Nikolai Bordyuzha)"). */
const statement = (graph: ClaimGraph, c: ClaimNode) => {
	const who = c.attribution ? ` #(${claimSaidBy(graph, c).replace(/[()]/g, '')})` : '';
	return `[${c.ref}]: ${escape(c.text)} #${c.kind}${who}`;
};

export function toArgdown(graph: ClaimGraph, site: string): string {
	const lines = [
		'===',
		'title: Claims in the analyses of UN–CSTO cooperation',
		'===',
		'',
		`// Exported by the UN–CSTO Reading Companion (${site}). Each statement is a claim, titled by its id and quoting the author word for word.`,
		'// Relations: supports, corroborates and agrees with as support (+>); disagrees with as attack (->);',
		'// qualifies, elaborates and reports the outcome of have no Argdown relation and are kept as comments.',
	];
	for (const article of graph.articles) {
		lines.push('', `# ${escape(`${article.data.author.name}, ${article.data.title} (${article.data.published.date.slice(0, 4)})`)}`, '');
		for (const c of graph.claimsByArticle.get(article.id) ?? []) lines.push(statement(graph, c), '');
	}
	lines.push('# Relations', '');
	for (const e of graph.edges) {
		const kind = ARGUMENT_KIND[e.type];
		const note = `// ${RELATION_TYPES[e.type].label}: ${e.note.replace(/\s+/g, ' ')}`;
		if (kind === 'other') lines.push(`// [${e.from}] ${RELATION_TYPES[e.type].label} [${e.to}]`, note, '');
		else lines.push(note, `[${e.from}]`, `  ${kind === 'support' ? '+>' : '->'} [${e.to}]`, '');
	}
	return `${lines.join('\n')}\n`;
}
