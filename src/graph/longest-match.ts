import type { Mention } from './entity-types';

/**
 * Where spellings of two entities overlap in a place, the longest match wins:
 * "US Army" inside "US Army War College" is the College's name, not a mention
 * of the Army. Longest first, then leftmost, then by entity id so that the
 * outcome never depends on the order of the entries. Overlaps within one
 * entity are left to its own dedupe. Returns each losing mention with the
 * mention that took its words.
 */
export function longestMatchLosers(found: Mention[]): Map<Mention, Mention> {
	const ranked = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.entity.localeCompare(b.entity));
	const kept = new Map<string, Mention[]>();
	const losers = new Map<Mention, Mention>();
	for (const m of ranked) {
		const key = `${m.article} ${m.place}`;
		const here = kept.get(key) ?? [];
		const winner = here.find((o) => o.entity !== m.entity && o.start < m.end && m.start < o.end);
		if (winner) losers.set(m, winner);
		else kept.set(key, [...here, m]);
	}
	return losers;
}
