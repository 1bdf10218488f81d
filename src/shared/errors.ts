import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/**
 * One thing wrong with one piece of content. Every content error in the
 * project, from the schema or the claim checks, is made of these, so all of
 * them read the same way: where, what was expected, what was found, the fix.
 */
export interface Problem {
	/** The file, relative to the project root. */
	file: string;
	/** The field path (`author.name`) or claim (`claims › un-agreement`). */
	at: string;
	expected: string;
	found: string;
	hint?: string;
}

export class ContentError extends AstroError {
	readonly problems: Problem[];
	constructor(problems: Problem[], hint?: string) {
		super(formatProblems(problems), hint);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

function formatProblems(problems: Problem[]): string {
	const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
	const blocks = problems.map((p) =>
		[`${p.file} › ${p.at}`, `  expected: ${p.expected}`, `  found:    ${p.found}`, ...(p.hint ? [`  hint:     ${p.hint}`] : [])].join('\n'),
	);
	return [`Content has ${count}:`, ...blocks].join('\n\n');
}

/** A short, single-line rendering of any frontmatter value for "found:". */
function show(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'null';
	if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : JSON.stringify(clip(value));
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'object')
		return `an object with ${
			Object.keys(value)
				.map((k) => `"${k}"`)
				.join(', ') || 'no fields'
		}`;
	return JSON.stringify(value);
}

function clip(s: string): string {
	return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	object: 'a group of fields',
	array: 'a list',
	number: 'a number',
	boolean: 'true or false',
};

/** Turns zod's issues into problems a content editor can act on. */
function problemsFromZod(file: string, error: z.core.$ZodError, input: unknown, root = '(frontmatter)'): Problem[] {
	return error.issues.map((issue): Problem => {
		const path = issue.path.map(String);
		const at = path.length ? describePath(input, path) : root;
		// A refinement reports the whole object it checked; the reader wants the field it names.
		const value = issue.code === 'custom' || !('input' in issue) ? valueAt(input, path) : issue.input;
		const found = show(value);
		const base = { file, at, found };
		// A schema that words its own expectation (`{ error: '…' }`) says it better than the generic type name.
		const own = /^(Invalid input|Too small)\b/.test(issue.message) ? undefined : issue.message;
		switch (issue.code) {
			case 'invalid_type':
				return withHint(
					{ ...base, expected: own ?? TYPE_NAMES[issue.expected] ?? issue.expected },
					value === undefined
						? `add "${path.at(-1)}"; every field is documented in src/schemas/`
						: issue.expected === 'string' && (typeof value === 'number' || value instanceof Date)
							? 'YAML reads unquoted numbers and dates as such: put the value in quotes'
							: undefined,
				);
			case 'unrecognized_keys':
				return {
					...base,
					expected: 'only the documented fields',
					found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
					hint: 'remove it or fix its spelling; the fields are listed, with what each means, in src/schemas/',
				};
			case 'invalid_value':
				return { ...base, expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
			case 'too_small':
				return { ...base, expected: own ?? (issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : 'a value that is not empty') };
			default:
				return { ...base, expected: issue.message };
		}
	});
}

function withHint(problem: Problem, hint: string | undefined): Problem {
	return hint === undefined ? problem : { ...problem, hint };
}

/**
 * `author.name`, or for list items their id: `claims › un-agreement › kind`,
 * matching how the claim checks name a claim.
 */
function describePath(input: unknown, path: string[]): string {
	const parts: string[] = [];
	let inList = false;
	let cur: unknown = input;
	for (const key of path) {
		const item: unknown = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
		if (Array.isArray(cur)) {
			const named = (item ?? {}) as { id?: unknown; target?: unknown };
			const label = typeof named.id === 'string' ? named.id : typeof named.target === 'string' ? named.target : `item ${Number(key) + 1}`;
			parts.push(parts.length === 0 ? label : ` › ${label}`);
			inList = true;
		} else {
			parts.push(parts.length === 0 ? key : inList ? ` › ${key}` : `.${key}`);
		}
		cur = item;
	}
	return parts.join('');
}

function valueAt(input: unknown, path: string[]): unknown {
	let cur: unknown = input;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[key];
	}
	return cur;
}

/** Parses `input` with `schema`, or throws one ContentError naming every problem; `root` names the whole input (a file's frontmatter, or a whole data file). */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string, root?: string): z.output<S> {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return result.data;
	throw new ContentError(problemsFromZod(file, result.error, input, root));
}
