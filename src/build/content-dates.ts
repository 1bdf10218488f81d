import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * When this companion last changed a content file: the date of the last
 * commit that touched it, or, where there is no git history (an export, a
 * tarball), the file's modification time. A fact about our copy of the text,
 * not about the original publication; the Atom feed's `updated` uses it.
 * Files with uncommitted changes count from their modification time, if later.
 */
export function lastChanged(file: string, root = process.cwd()): Date {
	const path = resolve(root, file);
	const modified = statSync(path).mtime;
	const { committed, dirty } = folderHistory(dirname(path));
	const date = committed.get(path);
	if (!date) return modified;
	return dirty.has(path) && modified > date ? modified : date;
}

interface FolderHistory {
	/** Each file's last commit date, by absolute path. */
	committed: Map<string, Date>;
	/** Files with uncommitted changes. */
	dirty: Set<string>;
}

// One `git log` per folder, not two git processes per file: in a large library
// those were a visible share of the build.
const histories = new Map<string, FolderHistory>();

function folderHistory(folder: string): FolderHistory {
	let history = histories.get(folder);
	if (history) return history;
	history = { committed: new Map(), dirty: new Set() };
	histories.set(folder, history);
	const git = (args: string[]) => spawnSync('git', args, { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 });
	const top = git(['rev-parse', '--show-toplevel']);
	if (top.status !== 0) return history;
	const repo = top.stdout.trim();
	const log = git(['log', '--format=%x00%cI', '--name-only', '--', '.']);
	if (log.status === 0) {
		// Newest first: "\0<date>\n\n<file>\n<file>\n" per commit; a file's first date is its last change.
		for (const entry of log.stdout.split('\0').slice(1)) {
			const [date = '', ...files] = entry.split('\n');
			for (const name of files) {
				const path = resolve(repo, name);
				if (name && !history.committed.has(path)) history.committed.set(path, new Date(date));
			}
		}
	}
	const diff = git(['diff', '--name-only', 'HEAD', '--', '.']);
	if (diff.status === 0) for (const name of diff.stdout.split('\n')) if (name) history.dirty.add(resolve(repo, name));
	return history;
}
