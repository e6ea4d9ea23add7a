/**
 * Calendar helpers for data dated by a season or an ISO date. A day is the
 * number `yyyymmdd` (20160421): cheap to sort and compare for thousands of
 * entries, and free of time zones. It becomes a Date only to be formatted.
 */

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A calendar day as `yyyymmdd`, e.g. 20160421. */
export type Day = number;

/**
 * The month a season starts in: meteorological seasons of the northern
 * hemisphere (winter 2016 starts on 1 December 2016).
 */
const seasonStartMonth: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The seasons in calendar order. */
export const seasons = Object.keys(seasonStartMonth) as Season[];

export const isSeason = (value: unknown): value is Season => seasons.includes(value as Season);

/** The day a season of a year starts on: a season counts from its first day. */
export const seasonStart = (year: number, season: Season): Day => year * 10000 + seasonStartMonth[season] * 100 + 1;

/** The year of a day. */
export const yearOf = (day: Day): number => Math.floor(day / 10000);

/** A Date at noon UTC of the day, to format with `timeZone: 'UTC'` (no day shift in any zone). */
export const utcDate = (day: Day): Date => new Date(Date.UTC(day / 10000, ((day / 100) % 100) - 1, day % 100, 12));

/** The ISO form of a day (`2016-04-21`); `slice(0, 7)` gives the month, `slice(0, 4)` the year. */
export const isoDate = (day: Day): string => utcDate(day).toISOString().slice(0, 10);

/**
 * Parses an ISO 8601 calendar date (`2016-04-21`, or the date part of a
 * date-time such as `2016-04-21T09:00`); `undefined` when it is not a real day.
 */
export function parseIsoDate(value: unknown): Day | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/.exec(value.trim()) : null;
  const day = match ? +match[1] * 10000 + +match[2] * 100 + +match[3] : 0;
  // 2023-02-29 becomes 1 March as a Date: only a real day reads back the same.
  return match && isoDate(day) === match[0].slice(0, 10) ? day : undefined;
}

/** Today in the reader's time zone. */
export const today = (now = new Date()): Day => now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
