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
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) {
				bytes += statSync(path).size;
				files++;
			}
		}
	};
	walk(dir);
	return { bytes, files };
}
