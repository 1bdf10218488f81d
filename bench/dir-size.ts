/** Bytes and files under a folder (the built site, its Pagefind index), uncompressed as on disk. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirSize {
	bytes: number;
	files: number;
}

export function dirSize(dir: string): DirSize | undefined {
	if (!existsSync(dir)) return undefined;
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}
