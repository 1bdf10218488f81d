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

export type Precision = 'year' | 'month' | 'day';

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

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2009-10" → "October 2009"; "2010" → "2010"; "2010-03-18" → "18 March 2010". */
export function formatPartialDate(iso: string): string {
	const { year, month, day } = parsePartialDate(iso);
	if (month === undefined) return String(year);
	const name = MONTHS[month - 1];
	return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}
