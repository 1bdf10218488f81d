import { z } from 'astro/zod';
import { formatPartialDate, PartialDateSchema, periodOf } from './partial-date';

/**
 * An event's date at the precision a text gives it: the partial dates of
 * articles (`2008`, `2008-08`, `2009-10-14`) or a season, `2009-spring`
 * (McDermott's "Spring 2009"). Never padded: a season stays a season.
 */
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
type Season = (typeof SEASONS)[number];

const SEASON_DATE = new RegExp(`^(\\d{4})-(${SEASONS.join('|')})$`);

export const EventDateSchema = z.union([PartialDateSchema, z.string().regex(SEASON_DATE)], {
	error: 'a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or a season (YYYY-spring, -summer, -autumn, -winter)',
});

export type EventPrecision = 'year' | 'season' | 'month' | 'day';

/**
 * The months a season spans, only to place it on the timeline's axis: the
 * meteorological seasons of the northern hemisphere (winter runs into the next
 * year). The date itself is still shown as the text gives it ("Spring 2009").
 */
const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

const pad = (n: number) => String(n).padStart(2, '0');

function seasonOf(iso: string): { year: number; season: Season } | undefined {
	const m = SEASON_DATE.exec(iso);
	return m ? { year: Number(m[1]), season: m[2] as Season } : undefined;
}

export function eventPrecision(iso: string): EventPrecision {
	if (seasonOf(iso)) return 'season';
	return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** The first and last day the date can mean, as ISO days (strings: no Date, no time zone to shift a day). */
export function eventPeriod(iso: string): { start: string; end: string } {
	const s = seasonOf(iso);
	if (!s) return periodOf(iso);
	const [from, to] = SEASON_MONTHS[s.season];
	const endYear = s.year + Math.floor((to - 1) / 12);
	const endMonth = ((to - 1) % 12) + 1;
	const last = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
	return { start: `${s.year}-${pad(from)}-01`, end: `${endYear}-${pad(endMonth)}-${pad(last)}` };
}

/** "Spring 2009", "August 2008", "14 October 2009", "2007". */
export function formatEventDate(iso: string): string {
	const s = seasonOf(iso);
	return s ? `${s.season[0]?.toUpperCase()}${s.season.slice(1)} ${s.year}` : formatPartialDate(iso);
}
