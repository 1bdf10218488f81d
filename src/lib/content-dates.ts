import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

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
	const git = spawnSync('git', ['log', '-1', '--format=%cI', '--', path], { cwd: root, encoding: 'utf8' });
	const committed = git.status === 0 && git.stdout.trim() !== '' ? new Date(git.stdout.trim()) : undefined;
	if (!committed) return modified;
	const dirty = spawnSync('git', ['diff', '--quiet', 'HEAD', '--', path], { cwd: root }).status === 1;
	return dirty && modified > committed ? modified : committed;
}
