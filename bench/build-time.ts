/**
 * Times `npm run build` in a child process, as a developer runs it, and keeps
 * a timestamp for every line it prints: Astro logs each stage and each route
 * with its own time, which is enough to say where a slow build goes without
 * a profiler.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { childCpuSeconds } from './child-cpu.ts';

export interface BuildRun {
	ok: boolean;
	exitCode: number | null;
	wallSeconds: number;
	/** CPU seconds of the build's processes (npm, Astro, and anything they started). */
	cpuSeconds?: number;
	/** 1-minute load average just before and after: above ~1 before means something else was running. */
	loadBefore: number;
	loadAfter: number;
	/** Seconds per stage, from Astro's log lines. */
	phases: { name: string; seconds: number }[];
	/** Pages (or files) by route group, with the time Astro logged for each. */
	routes: { group: string; count: number; seconds: number }[];
	/** The last lines of output, when the build failed. */
	tail?: string;
	/** Why it failed, in one line (e.g. the heap running out), when the output says. */
	failure?: string;
	logFile: string;
}

export interface BuildOptions {
	/** Extra environment: CONTENT_DIR, OUT_DIR, CACHE_DIR, SITE, NODE_OPTIONS. */
	env: Record<string, string>;
	logFile: string;
	cwd: string;
	/**
	 * The command, `npm run build` unless given: a profiled run calls Astro's
	 * CLI with `node --cpu-prof`, which NODE_OPTIONS may not carry.
	 */
	command?: [string, ...string[]];
}

// Stage boundaries in Astro 7's build log, in order; each phase runs from its marker to the next one seen.
const MARKERS: { name: string; pattern: RegExp }[] = [
	{ name: 'content sync (loaders, claim graph, Markdown)', pattern: /\[content\] Syncing content/ },
	{ name: 'types and build info', pattern: /\[content\] Synced content/ },
	{ name: 'bundling (Vite)', pattern: /Building static entrypoints/ },
	{ name: 'generating routes', pattern: /generating static routes/ },
	// The routes' own summary: "12:00:00 ✓ Completed in 8.69s." (the stage summaries say "[build] ✓ Completed").
	{ name: 'after routes (integrations, e.g. annotations, Pagefind)', pattern: /\d ✓ Completed in/ },
	{ name: 'after Astro (later steps of the build script)', pattern: /\[build\] Complete!/ },
];

/** A route's group: its first path segment, with claims and citation files split by depth. */
function routeGroup(path: string): string {
	const parts = path.split('/').filter(Boolean);
	const [first = '', second] = parts;
	if (first === 'claims' && second === 'kind') return 'claims/kind/<kind>';
	if (first === 'claims' && parts.length >= 4) return 'claims/<article>/<claim>';
	if (first === 'cite') return parts.length >= 3 ? 'cite/<article>/<claim>.*' : 'cite/<article>.*';
	if (first === 'articles') return 'articles/<id>';
	if (first === 'og') return 'og/<id>.png';
	return `/${parts.join('/')}`.replace(/\/index\.html$/, '/');
}

export function runBuild({ env, logFile, cwd, command = ['npm', 'run', 'build'] }: BuildOptions): Promise<BuildRun> {
	mkdirSync(dirname(logFile), { recursive: true });
	const lines: { at: number; text: string }[] = [];
	// Written as it comes, so a long build can be followed with tail -f.
	const logStream = createWriteStream(logFile);
	const keep = (at: number, text: string) => {
		lines.push({ at, text });
		logStream.write(`${at.toFixed(2).padStart(8)}s ${text}\n`);
	};
	const loadBefore = loadavg()[0] ?? 0;
	const cpuBefore = childCpuSeconds();
	const start = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command[0], command.slice(1), {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let partial = { out: '', err: '' };
		const take = (key: 'out' | 'err') => (chunk: Buffer) => {
			const at = (performance.now() - start) / 1000;
			const text = partial[key] + chunk.toString('utf8');
			const parts = text.split('\n');
			partial[key] = parts.pop() ?? '';
			for (const line of parts) keep(at, stripVTControlCharacters(line));
		};
		child.stdout.on('data', take('out'));
		child.stderr.on('data', take('err'));
		child.on('close', (code) => {
			const wallSeconds = (performance.now() - start) / 1000;
			const cpuAfter = childCpuSeconds();
			for (const key of ['out', 'err'] as const) if (partial[key]) keep(wallSeconds, partial[key]);
			partial = { out: '', err: '' };
			logStream.end();
			const run: BuildRun = {
				ok: code === 0,
				exitCode: code,
				wallSeconds: round(wallSeconds),
				loadBefore: round(loadBefore),
				loadAfter: round(loadavg()[0] ?? 0),
				phases: phases(lines, wallSeconds),
				routes: routes(lines),
				logFile,
			};
			if (cpuBefore !== undefined && cpuAfter !== undefined) run.cpuSeconds = round(cpuAfter - cpuBefore);
			if (code !== 0) {
				run.tail = lines
					.slice(-25)
					.map((l) => l.text)
					.join('\n');
				const reason = failureOf(lines.map((l) => l.text));
				if (reason) run.failure = reason;
			}
			resolve(run);
		});
	});
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The line of a failed build's output that says why: V8's fatal error, Astro's [ERROR], or a thrown error. */
export function failureOf(lines: string[]): string | undefined {
	return lines
		.find((l) => /FATAL ERROR|\[ERROR\]|^\s*\S*Error:/.test(l))
		?.trim()
		.slice(0, 200);
}

function phases(lines: { at: number; text: string }[], end: number): BuildRun['phases'] {
	const hits: { name: string; at: number }[] = [{ name: 'start-up (npm, Astro, config)', at: 0 }];
	let next = 0;
	for (const line of lines) {
		// Markers are matched in order, so a route named like a marker cannot move a boundary back.
		const marker = MARKERS[next];
		if (marker?.pattern.test(line.text)) {
			hits.push({ name: marker.name, at: line.at });
			next++;
		}
	}
	return hits.map((h, i) => ({ name: h.name, seconds: round((hits[i + 1]?.at ?? end) - h.at) }));
}

function routes(lines: { at: number; text: string }[]): BuildRun['routes'] {
	const groups = new Map<string, { count: number; ms: number }>();
	for (const { text } of lines) {
		const m = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
		if (!m) continue;
		const group = routeGroup(m[1] ?? '');
		const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
		const g = groups.get(group) ?? { count: 0, ms: 0 };
		g.count++;
		g.ms += ms;
		groups.set(group, g);
	}
	return [...groups].map(([group, g]) => ({ group, count: g.count, seconds: round(g.ms / 1000) })).sort((a, b) => b.seconds - a.seconds);
}
