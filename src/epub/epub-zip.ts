import { zipSync, type Zippable } from 'fflate';

/**
 * The EPUB container: a zip whose first entry is `mimetype`, stored
 * uncompressed (OCF 3.3 §4.3), then every other file deflated, in the order
 * given. Every entry carries the same fixed date and no extra fields, so the
 * same files always give the same bytes. fflate writes the date as DOS local
 * time from the Date's local fields; a Date built from local fields writes
 * the same on every machine, whatever its time zone.
 */
const zipDate = () => new Date(1980, 0, 1, 0, 0, 0);

export interface EpubFile {
	path: string;
	text: string;
}

export function zipEpub(files: EpubFile[]): Uint8Array {
	const encode = (s: string) => new TextEncoder().encode(s);
	// Made at each call, in the time zone of the moment.
	const mtime = zipDate();
	const entries: Zippable = { mimetype: [encode('application/epub+zip'), { level: 0, mtime }] };
	for (const f of files) {
		if (f.path in entries) throw new Error(`two files at ${f.path} in one EPUB`);
		entries[f.path] = [encode(f.text), { level: 9, mtime }];
	}
	// fflate keeps the object's insertion order, so mimetype stays first.
	return zipSync(entries);
}
