// `npm test`: every test stage in order, and at the end where the time went, so a
// slow stage is seen in every run (CI's log included) rather than guessed at.
// Stages in one group run side by side: `astro check` and the linters are each
// mostly one thread, so on two cores they cost little more than the longer one.
// The first failing group stops the run, after its peers finish, with their output.
import { spawn } from 'node:child_process';

const GROUPS: string[][] = [
	['test:tools'],
	['check', 'lint'],
	['test:unit'],
	['build'],
	['test:dist'],
	['test:smoke'],
	['test:e2e'],
	['test:base-path', 'test:large'],
];

interface Run {
	script: string;
	seconds: number;
	code: number;
}

/** Runs one npm script; alone it writes straight to the terminal, beside others its output waits until it ends. */
function run(script: string, alone: boolean): Promise<Run> {
	const start = performance.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: alone ? 'inherit' : 'pipe', shell: false });
		const out: Buffer[] = [];
		child.stdout?.on('data', (b: Buffer) => out.push(b));
		child.stderr?.on('data', (b: Buffer) => out.push(b));
		child.on('close', (code) => {
			if (!alone) process.stdout.write(`\n── ${script} ──\n${Buffer.concat(out).toString()}`);
			resolve({ script, seconds: (performance.now() - start) / 1000, code: code ?? 1 });
		});
	});
}

const done: Run[] = [];
const total = performance.now();
let failed: Run | undefined;
for (const group of GROUPS) {
	const runs = await Promise.all(group.map((s) => run(s, group.length === 1)));
	done.push(...runs);
	failed = runs.find((r) => r.code !== 0);
	if (failed) break;
}

const width = Math.max(...done.map((r) => r.script.length));
console.log('\nWhere the time went (stages on one line ran side by side):');
for (const group of GROUPS) {
	const runs = done.filter((r) => group.includes(r.script));
	if (runs.length === 0) continue;
	console.log(
		runs.map((r) => `  ${r.script.padEnd(width)} ${r.seconds.toFixed(0).padStart(4)} s${r.code === 0 ? '' : '  FAILED'}`).join('   '),
	);
}
console.log(`  ${'all'.padEnd(width)} ${((performance.now() - total) / 1000).toFixed(0).padStart(4)} s`);
if (failed) {
	console.error(`npm test stopped: ${failed.script} failed (exit ${failed.code}).`);
	process.exit(failed.code);
}
