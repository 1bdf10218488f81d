import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentText, VOCABULARY_FOLDER } from '../../src/integrations/search-vocabulary';
import { lengthOf, partsFor, VOCABULARY_MAX_LENGTH, type VocabularyEntry } from '../../src/shared/spelling';
import { DIST } from './site';

const folder = join(DIST, VOCABULARY_FOLDER);
const part = (n: number) => JSON.parse(readFileSync(join(folder, `${n}.json`), 'utf8')) as VocabularyEntry[];
/** What one misspelt word costs at most: the parts it fetches, on the wire (gzip, as a server sends JSON). */
const KIB_PER_WORD = 30;

describe('did-you-mean vocabulary', () => {
	it('has one part per length, 1 to the maximum, each word in the part of its length, the most frequent first', () => {
		expect(readdirSync(folder).sort()).toEqual(Array.from({ length: VOCABULARY_MAX_LENGTH }, (_, i) => `${i + 1}.json`).sort());
		for (let n = 1; n <= VOCABULARY_MAX_LENGTH; n += 1) {
			const entries = part(n);
			for (const [word, count, written] of entries) {
				expect(lengthOf(word)).toBe(n);
				expect(count).toBeGreaterThan(0);
				if (written !== undefined) expect(written.toLowerCase()).toBe(word);
			}
			expect(entries.map((e) => e[1])).toEqual([...entries.map((e) => e[1])].sort((a, b) => b - a));
		}
	});

	it('holds the words of both texts with their spelling there', () => {
		const all = new Map(
			Array.from({ length: VOCABULARY_MAX_LENGTH }, (_, i) => part(i + 1))
				.flat()
				.map((e) => [e[0], e]),
		);
		expect(all.get('bordyuzha')?.[2]).toBe('Bordyuzha');
		expect(all.get('snookered')?.[1]).toBe(1);
		expect(all.get('security')?.[1]).toBeGreaterThan(5);
		// Not what search leaves out: the claim notes' labels and relations are not the authors' words.
		for (const word of ['assessment', 'corroborates', 'elaborates']) expect(all.has(word), word).toBe(false);
	});

	it(`costs at most ${KIB_PER_WORD} KiB for any one misspelt word`, () => {
		for (let n = 1; n <= VOCABULARY_MAX_LENGTH; n += 1) {
			const bytes = partsFor('x'.repeat(n)).reduce((s, l) => s + gzipSync(readFileSync(join(folder, `${l}.json`))).length, 0);
			expect(bytes, `a word of ${n} letters`).toBeLessThanOrEqual(KIB_PER_WORD * 1024);
		}
	});

	it('refuses a fragment in another format, naming the file and what it found', () => {
		expect(() => fragmentText('f.pf_fragment', Buffer.from('plain'))).toThrow('f.pf_fragment is not a gzip file');
		expect(() => fragmentText('f.pf_fragment', gzipSync('{"content":"x"}'))).toThrow(
			'f.pf_fragment does not start with "pagefind_dcd"; expected a Pagefind 1.x fragment, found "{"content":"',
		);
		expect(() => fragmentText('f.pf_fragment', gzipSync('pagefind_dcd{"url":"/"}'))).toThrow(
			'f.pf_fragment has no "content" text; found undefined',
		);
		expect(fragmentText('f', gzipSync('pagefind_dcd{"content":"words here","meta":{"title":"A title"}}'))).toBe('A title\nwords here');
	});
});
