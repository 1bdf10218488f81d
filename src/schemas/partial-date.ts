import { z } from 'astro/zod';

/**
 * A publication date known only as precisely as the evidence allows:
 * `2010` (year), `2009-10` (month) or `2009-10-14` (day). The precision is
 * part of the value, so nothing downstream can pad it to a made-up day.
 */
export const PartialDateSchema = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
		error: 'a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
	})
	.refine(isRealDate, { error: 'a date that exists on the calendar' });

type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
	iso: string;
}

export function parsePartialDate(iso: string): PartialDate {
	const [y, m, d] = iso.split('-').map(Number);
	if (y === undefined) throw new Error(`not a partial date: ${iso}`);
	if (m === undefined) return { year: y, precision: 'year', iso };
	if (d === undefined) return { year: y, month: m, precision: 'month', iso };
	return { year: y, month: m, day: d, precision: 'day', iso };
}

function isRealDate(iso: string): boolean {
	const { year, month, day } = parsePartialDate(iso);
	if (month === undefined) return year >= 1000;
	if (month < 1 || month > 12) return false;
	if (day === undefined) return true;
	// Day 0 of the next month is the last day of this one.
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= last;
}

// In UTC, so the first of a month is that month wherever the build runs.
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** 3 → "March". */
const monthName = (month: number) => MONTH_NAME.format(Date.UTC(2000, month - 1, 1));

/** "2009-10" → "October 2009"; "2010" → "2010"; "2010-03-18" → "18 March 2010". */
export function formatPartialDate(iso: string): string {
	const { year, month, day } = parsePartialDate(iso);
	if (month === undefined) return String(year);
	const name = monthName(month);
	return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** The first and last day a partial date can mean: "2009-10" → ["2009-10-01", "2009-10-31"]. */
export function periodOf(iso: string): { start: string; end: string } {
	const { year, month, day } = parsePartialDate(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
	if (day === undefined) {
		const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
		return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}` };
	}
	return { start: iso, end: iso };
}

/** The bounds a date is known within; both inclusive, each a partial date inside the date's own period. */
export interface DateBounds {
	earliest?: string | undefined;
	latest?: string | undefined;
}

/**
 * "October 2009 (on or after the 16th)", "2010 (on or after 7 April)",
 * "2010 (between 7 April and 30 June)". A bound repeats only what the date
 * does not already say, so the reader sees the year or month once.
 */
export function formatBoundedDate(date: string, bounds: DateBounds = {}): string {
	const phrase = describeBounds(date, bounds);
	return phrase === undefined ? formatPartialDate(date) : `${formatPartialDate(date)} (${phrase})`;
}

/** The parenthesis alone ("on or after the 16th"), or nothing when no bound narrows the date. */
export function describeBounds(date: string, { earliest, latest }: DateBounds): string | undefined {
	const whole = periodOf(date);
	// A bound that is the date's own period (or its edge) narrows nothing; saying it would be noise.
	const from = earliest !== undefined && periodOf(earliest).start !== whole.start ? boundText(date, earliest) : undefined;
	const to = latest !== undefined && periodOf(latest).end !== whole.end ? boundText(date, latest) : undefined;
	if (from !== undefined && to !== undefined) return `between ${from} and ${to}`;
	if (from !== undefined) return `on or after ${from}`;
	if (to !== undefined) return `on or before ${to}`;
	return undefined;
}

function boundText(date: string, bound: string): string {
	const outer = parsePartialDate(date);
	const b = parsePartialDate(bound);
	const month = b.month === undefined ? undefined : monthName(b.month);
	if (outer.precision === 'month' && b.day !== undefined) return `the ${ordinal(b.day)}`;
	if (outer.precision === 'year' && month !== undefined) return b.day === undefined ? month : `${b.day} ${month}`;
	return formatPartialDate(bound);
}

function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}
