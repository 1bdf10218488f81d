/** Bytes and files under a folder (the built site, its Pagefind index), uncompressed as on disk. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DirSize {
	bytes: number;
	files: number;
	/** The largest HTML page, by its path in the folder. */
	largestHtml?: { path: string; bytes: number };
	/** The largest file of any kind (a static host refuses one over its limit). */
	largestFile?: { path: string; bytes: number };
}

export function dirSize(dir: string): DirSize | undefined {
	if (!existsSync(dir)) return undefined;
	let bytes = 0;
	let files = 0;
	let largestHtml: DirSize['largestHtml'];
	let largestFile: DirSize['largestFile'];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const size = statSync(join(entry.parentPath, entry.name)).size;
		bytes += size;
		files++;
		const path = () => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/');
		if (entry.name.endsWith('.html') && size > (largestHtml?.bytes ?? -1)) largestHtml = { path: path(), bytes: size };
		if (size > (largestFile?.bytes ?? -1)) largestFile = { path: path(), bytes: size };
	}
	return { bytes, files, ...(largestHtml ? { largestHtml } : {}), ...(largestFile ? { largestFile } : {}) };
}
