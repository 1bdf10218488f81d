/**
 * CPU seconds used by this process's finished children (Linux
 * /proc/self/stat cutime + cstime). Wall time on a 2-core machine shared with
 * other builds is noisy; CPU time says how much work a build was, and the
 * two together show contention (wall ≫ CPU while the load is high).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

export function childCpuSeconds(): number | undefined {
	try {
		ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		// The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
		return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
	} catch {
		return undefined;
	}
}
