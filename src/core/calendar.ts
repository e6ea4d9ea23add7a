/**
 * Calendar helpers for data that is dated by a season or an ISO date.
 * Days are compared as numbers `yyyymmdd` (20160421): cheap to sort and to
 * compare for thousands of entries, and free of time zones.
 */

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** The seasons in calendar order. */
export const seasons: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/**
 * The month a season starts in: meteorological seasons of the northern
 * hemisphere, as the network's members count them (winter 2016 starts on
 * 1 December 2016).
 */
const seasonStartMonth: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export const isSeason = (value: unknown): value is Season =>
  typeof value === 'string' && (seasons as readonly string[]).includes(value);

/** A calendar day. */
export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** `yyyymmdd` as a number, for sorting and comparing days. */
export const dayKey = ({ year, month, day }: Day): number => year * 10000 + month * 100 + day;

/** The day a season of a year starts on: a season counts from its first day. */
export const seasonStart = (year: number, season: Season): Day => ({ year, month: seasonStartMonth[season], day: 1 });

/**
 * Parses an ISO 8601 calendar date (`2016-04-21`, or the date part of a
 * date-time such as `2016-04-21T09:00`); `undefined` when it is not a real day.
 */
export function parseIsoDate(value: unknown): Day | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** The ISO form of a day: `2016-04-21`. */
export const isoDate = ({ year, month, day }: Day): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Today in the reader's time zone. */
export function today(now: Date = new Date()): Day {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A Date at noon UTC of the day, to format with `timeZone: 'UTC'` (no day shift in any zone). */
export const utcDate = ({ year, month, day }: Day): Date => new Date(Date.UTC(year, month - 1, day, 12));
