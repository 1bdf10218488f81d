/**
 * Where a build's CPU time goes, from the V8 profile that `node --cpu-prof`
 * writes. Self time by package or source file says which code is hot;
 * inclusive time by function of src/ says which of the project's own
 * functions the hot code runs under, which is what a fix would change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

export interface ProfileSummary {
	file: string;
	totalSeconds: number;
	/** Self time grouped by npm package, project file, Node internals, or V8 (GC, idle, native). */
	selfByModule: { module: string; seconds: number; share: number }[];
	/** Self time of the hottest functions. */
	selfByFunction: { fn: string; seconds: number; share: number }[];
	/** Time spent in or under each function of the project's own code (src/, astro.config.ts). */
	inclusiveInProject: { fn: string; seconds: number; share: number }[];
}

function moduleOf(url: string, root: string): string {
	if (url === '') return '(V8: native, GC, idle)';
	if (url.startsWith('node:')) return 'node internals';
	const path = url.replace(/^file:\/\//, '');
	// Astro bundles the pages (and the src/ code they import) into the output folder before rendering them.
	const bundle = path.indexOf('/.prerender/');
	if (bundle >= 0) return `page bundle: ${path.slice(bundle + 1).replace(/[_.][A-Za-z0-9_-]{8}\.mjs$/, '.mjs')}`;
	const nm = path.lastIndexOf('/node_modules/');
	if (nm >= 0) {
		const rest = path.slice(nm + '/node_modules/'.length).split('/');
		return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
	}
	return path.startsWith(root) ? path.slice(root.length + 1).replace(/\?.*$/, '') : path;
}

const isProject = (module: string) => module.startsWith('src/') || module.startsWith('astro.config') || module.startsWith('page bundle: ');

/** The largest profile in `dir`: the Astro process, not npm's short-lived wrapper. */
export function largestProfile(dir: string): string | undefined {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => ({ path: join(dir, f), size: statSync(join(dir, f)).size }))
		.sort((a, b) => b.size - a.size);
	return files[0]?.path;
}

export function summariseProfile(file: string, root: string, top = 15): ProfileSummary {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<number, number>();
	for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
	const total = [...self.values()].reduce((s, v) => s + v, 0) || 1;

	const key = (n: ProfileNode) =>
		`${n.callFrame.functionName || '(anonymous)'} (${moduleOf(n.callFrame.url, root)}:${n.callFrame.lineNumber + 1})`;
	const selfModule = new Map<string, number>();
	const selfFn = new Map<string, number>();
	const inclusive = new Map<string, number>();
	for (const [id, us] of self) {
		const node = byId.get(id);
		if (!node) continue;
		const mod = moduleOf(node.callFrame.url, root);
		selfModule.set(mod, (selfModule.get(mod) ?? 0) + us);
		selfFn.set(key(node), (selfFn.get(key(node)) ?? 0) + us);
		// Each project function on the stack gets the sample once, however deep the recursion.
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const n = byId.get(at);
			if (!n || !isProject(moduleOf(n.callFrame.url, root))) continue;
			const k = key(n);
			if (seen.has(k)) continue;
			seen.add(k);
			inclusive.set(k, (inclusive.get(k) ?? 0) + us);
		}
	}
	const rank = (m: Map<string, number>, label: 'module' | 'fn') =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, us]) => ({ [label]: name, seconds: Math.round(us / 1e4) / 100, share: Math.round((us / total) * 1000) / 10 }));
	return {
		file,
		totalSeconds: Math.round(total / 1e4) / 100,
		selfByModule: rank(selfModule, 'module') as ProfileSummary['selfByModule'],
		selfByFunction: rank(selfFn, 'fn') as ProfileSummary['selfByFunction'],
		inclusiveInProject: rank(inclusive, 'fn') as ProfileSummary['inclusiveInProject'],
	};
}
