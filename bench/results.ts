import type { OfflinePrecache } from './offline-precache.ts';
/** The shape of bench/results.json; bench/results.md is written from the same object. */
import type { BuildRun } from './build-time.ts';
import type { ProfileSummary } from './cpu-profile.ts';
import type { Growth } from './growth.ts';
import type { LighthouseResult } from './lighthouse-scores.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScriptsBeforeInput } from './scripts-before-input.ts';
import type { SearchResult } from './search-latency.ts';
import type { SuggestResult } from './search-suggest-latency.ts';

export interface Machine {
	nproc: number;
	memoryGiB: number;
	cpu: string;
	node: string;
	chromium: string;
	platform: string;
}

export interface PageResult {
	key: string;
	label: string;
	path: string;
	status: 'ok' | 'missing';
	/** HTTP status of the page's document. */
	httpStatus: number;
	weight?: PageWeight;
	lighthouse?: LighthouseResult;
	lighthouseError?: string;
}

export interface CorpusResult {
	articles: number;
	claims: number;
	relations: number;
	words: number;
	build: BuildRun;
	distBytes?: number;
	distFiles?: number;
	/** The largest HTML page of the build, uncompressed. */
	largestHtml?: { path: string; bytes: number };
	/** The largest file of any kind in the build. */
	largestFile?: { path: string; bytes: number };
	pagefindBytes?: number;
	pagefindFiles?: number;
	search?: SearchResult;
	/** Did-you-mean for misspelt queries (bench/search-suggest-latency.ts). */
	suggest?: SuggestResult;
}

export interface BudgetCheck {
	name: string;
	limit: string;
	actual: string;
	status: 'pass' | 'fail' | 'not measured';
	note?: string;
}

export interface Results {
	date: string;
	machine: Machine;
	options: { quick: boolean; skipLighthouse: boolean; skipScale: boolean; reuseScale?: boolean };
	/** Load on the machine while the bench ran: the 2 cores may be shared with other builds. */
	load: { before: number; mean: number; max: number; samples: number; contention: boolean };
	compression: string;
	site: { build: BuildRun; distBytes?: number; distFiles?: number; pagefindBytes?: number; pagefindFiles?: number };
	pages: PageResult[];
	readingScripts?: ScriptsBeforeInput;
	/** What the first visit's service worker fetched in the background (bench/offline-precache.ts). */
	offline?: OfflinePrecache;
	search: SearchResult;
	/** Did-you-mean for misspelt queries on the real site. */
	suggest?: SuggestResult;
	scale?: {
		/** When the corpora were measured: earlier than `date` when reused with --reuse-scale. */
		measuredAt?: string;
		corpora: CorpusResult[];
		buildGrowth?: Growth;
		distGrowth?: Growth;
		pagefindGrowth?: Growth;
		profile?: ProfileSummary & { corpus: number; wallSeconds: number };
	};
	budgets: BudgetCheck[];
	notes: string[];
}
