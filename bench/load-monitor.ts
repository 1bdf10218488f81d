/**
 * Samples the 1-minute load average while the bench runs. Other engineers
 * build on the same 2 cores; a load well above what the bench itself puts
 * there (about 1–2) means the timings were taken under contention.
 */
import { loadavg } from 'node:os';

export interface LoadMonitor {
	stop(): { before: number; mean: number; max: number; samples: number; contention: boolean };
}

export function monitorLoad(everyMs = 5_000): LoadMonitor {
	const before = loadavg()[0] ?? 0;
	const samples: number[] = [];
	const timer = setInterval(() => samples.push(loadavg()[0] ?? 0), everyMs);
	timer.unref();
	return {
		stop() {
			clearInterval(timer);
			const mean = samples.length ? samples.reduce((s, x) => s + x, 0) / samples.length : before;
			const max = Math.max(before, ...samples);
			const round = (x: number) => Math.round(x * 100) / 100;
			// Our own build or browser keeps about 1–2 cores busy; beyond 2.5 someone else is too.
			return { before: round(before), mean: round(mean), max: round(max), samples: samples.length, contention: before > 1.5 || mean > 2.5 };
		},
	};
}
