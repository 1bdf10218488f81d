/**
 * Lighthouse's four category scores for each page, with its default mobile
 * settings (emulated phone, simulated slow 4G and 4× CPU slowdown). It drives
 * Debian's Chromium through chrome-launcher; nothing is downloaded.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
	/** 0–100 per category: the median over the runs made. */
	scores: Record<Category, number>;
	runs: number;
	/** Audits that cost points (score below 1 with weight in a category), so a report can say why. */
	failing: { category: Category; id: string; title: string; score: number; detail?: string }[];
	/** Lighthouse's own warnings (e.g. a slow host), if any. */
	warnings: string[];
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** The first few distinct rows of an audit's table (a console message, an issue type, an element): what to fix. */
function describeItems(details: unknown): string | undefined {
	const items = (details as { items?: unknown[] } | undefined)?.items;
	if (!Array.isArray(items) || items.length === 0) return undefined;
	const texts = items.map((raw) => {
		const item = raw as Record<string, unknown>;
		const node = item['node'] as { snippet?: string } | undefined;
		const value = item['description'] ?? item['issueType'] ?? node?.snippet ?? item['url'] ?? item['source'];
		return typeof value === 'string' ? value.slice(0, 160) : undefined;
	});
	const distinct = [...new Set(texts.filter((t): t is string => t !== undefined))];
	if (distinct.length === 0) return undefined;
	return `${distinct.slice(0, 3).join(' | ')}${items.length > 1 ? ` (${items.length} items)` : ''}`;
}

export interface LighthouseSession {
	audit(url: string): Promise<LighthouseResult>;
	close(): Promise<void>;
}

/**
 * One Chromium for all pages; each audit is one Lighthouse run, repeated up
 * to `maxRuns` times only while a score is below 100, because performance
 * under simulated throttling varies a point or two from run to run and one
 * unlucky run should not decide a budget.
 */
export async function startLighthouse(maxRuns = 3): Promise<LighthouseSession> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_FLAGS,
		logLevel: 'silent',
	});
	const once = async (url: string) => {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		return result.lhr;
	};
	return {
		async audit(url) {
			const runs: Awaited<ReturnType<typeof once>>[] = [];
			do {
				runs.push(await once(url));
			} while (runs.length < maxRuns && runs.some((lhr) => CATEGORIES.some((c) => (lhr.categories[c]?.score ?? 0) < 1)));
			const scores = Object.fromEntries(
				CATEGORIES.map((c) => [c, Math.round(median(runs.map((lhr) => (lhr.categories[c]?.score ?? 0) * 100)))]),
			) as Record<Category, number>;
			// Reasons from the last run: the audits that lost points in any category below 100.
			const last = runs[runs.length - 1];
			const failing: LighthouseResult['failing'] = [];
			if (last) {
				for (const c of CATEGORIES) {
					if (scores[c] >= 100) continue;
					for (const ref of last.categories[c]?.auditRefs ?? []) {
						const audit = last.audits[ref.id];
						if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
							const detail = describeItems(audit.details);
							failing.push({ category: c, id: ref.id, title: audit.title, score: audit.score, ...(detail ? { detail } : {}) });
						}
					}
				}
			}
			return { scores, runs: runs.length, failing, warnings: last?.runWarnings ?? [] };
		},
		async close() {
			chrome.kill();
		},
	};
}
