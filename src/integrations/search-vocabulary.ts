import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitVocabulary, VOCABULARY_MAX_LENGTH } from '../shared/spelling';

/**
 * The vocabulary for "did you mean" (src/shared/spelling.ts): the words of
 * exactly what Pagefind indexed, read back from its fragments (one per
 * reading page: the page's indexed text and title), with their counts,
 * written as `search-vocabulary/<length>.json`, one file per word length
 * from 1 to VOCABULARY_MAX_LENGTH (an empty list where the texts have no
 * such word, so the browser never meets a 404).
 */

/** The folder under the output, and the URL path under the base. */
export const VOCABULARY_FOLDER = 'search-vocabulary';

/** Pagefind writes a fragment as gzip of this marker followed by JSON. */
const FRAGMENT_MARK = 'pagefind_dcd';

interface Fragment {
	content?: unknown;
	meta?: { title?: unknown };
}

/** The indexed text of one fragment; a file in another format stops the build, named. */
export function fragmentText(file: string, bytes: Buffer): string {
	let text: string;
	try {
		text = gunzipSync(bytes).toString('utf8');
	} catch {
		throw new Error(`search vocabulary: ${file} is not a gzip file; expected a Pagefind 1.x fragment`);
	}
	if (!text.startsWith(FRAGMENT_MARK))
		throw new Error(
			`search vocabulary: ${file} does not start with "${FRAGMENT_MARK}"; expected a Pagefind 1.x fragment, found "${text.slice(0, 12)}"`,
		);
	const data = JSON.parse(text.slice(FRAGMENT_MARK.length)) as Fragment;
	if (typeof data.content !== 'string') throw new Error(`search vocabulary: ${file} has no "content" text; found ${typeof data.content}`);
	return `${typeof data.meta?.title === 'string' ? data.meta.title : ''}\n${data.content}`;
}

/** Reads the bundle's fragments and writes the parts; returns the number of words and the largest part's bytes, for the log. */
export async function writeVocabulary(outDir: string, bundle: string): Promise<{ words: number; largest: number; folder: string }> {
	const fragments = join(bundle, 'fragment');
	const texts: string[] = [];
	for (const name of (await readdir(fragments)).sort())
		texts.push(fragmentText(join(relative(process.cwd(), fragments), name), await readFile(join(fragments, name))));
	const parts = splitVocabulary(texts);
	const folder = join(outDir, VOCABULARY_FOLDER);
	await mkdir(folder, { recursive: true });
	let words = 0;
	let largest = 0;
	for (let length = 1; length <= VOCABULARY_MAX_LENGTH; length += 1) {
		const part = parts.get(length) ?? [];
		const json = JSON.stringify(part);
		words += part.length;
		largest = Math.max(largest, json.length);
		await writeFile(join(folder, `${length}.json`), json);
	}
	return { words, largest, folder };
}
