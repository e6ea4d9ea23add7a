import type { Day, Season } from '../core/i18n/calendar.js';
import { isSeason, parseIsoDate, seasonStart, yearOf } from '../core/i18n/calendar.js';
import type { LocalizedText } from '../core/i18n/text.js';
import type { Checked, IssueSink } from '../core/data/validate.js';
import { runPaced } from '../core/paced.js';
import type { YearGroup } from './conference-timeline.filter.js';
import { knownGroups } from './conference-timeline.filter.js';
import {
  EntryLog,
  IssueLog,
  describeValue,
  readArray,
  readCountry,
  readObject,
  readText,
  readUrl,
  readYear,
  textCaps,
} from '../core/data/validate.js';

/** One thematic conference, as written in the `conferences` format (schemas/conferences.schema.json). */
export interface Conference {
  /** Optional stable id. */
  id?: string;
  /** The year; with `date` or `start`, taken from them. */
  year?: number;
  season?: Season;
  /** ISO date of a one-day conference, e.g. `2016-04-21`. */
  date?: string;
  /** ISO first day of a conference of several days. */
  start?: string;
  /** ISO last day, with `start`. */
  end?: string;
  /** The host city. */
  city: LocalizedText;
  /** ISO 3166-1 alpha-2 code of the host country (a malformed code is shown as written). */
  country?: string;
  topic: LocalizedText;
  /** A page about the conference (http, https or relative). */
  url?: string;
  summary?: LocalizedText;
}

/** The network whose conferences these are. */
export interface ConferenceNetwork {
  id?: string;
  name?: LocalizedText;
  /** Year the network was founded. */
  founded?: number;
}

/** The `conferences` format. */
export interface ConferencesData {
  network?: ConferenceNetwork;
  conferences: Conference[];
}

/** A checked conference, flattened, with what sorting, grouping and filtering need. */
export interface TimelineEntry {
  /** The year it is listed under (from the date when there is one). */
  year: number;
  season?: Season;
  /** First day as `yyyymmdd` (a season counts from its first day); entries sort by it. */
  first: Day;
  /** Last day, for a `start`/`end` range. */
  last?: Day;
  /** Whether the day is exact (`date` or `start`), not a season or a year. */
  exact: boolean;
  /** Position in the data: keeps the written order among equal dates. */
  index: number;
  city: LocalizedText;
  country?: string;
  topic: LocalizedText;
  url?: string;
  summary?: LocalizedText;
  /** Folded search text, computed on the first search (see `searchKey`). */
  search?: string;
}

/** What the timeline renders: the data, and its entries sorted oldest first. */
export interface TimelineModel {
  network?: ConferenceNetwork;
  /** Oldest first. */
  entries: TimelineEntry[];
  /** Newest first; written order kept among equal dates. */
  newest: TimelineEntry[];
}

/** More entries than this are not shown (and the rest is reported): a page cannot use them. */
export const maxConferences = 10000;

type When = Pick<TimelineEntry, 'year' | 'season' | 'first' | 'last' | 'exact'>;

/** A date that is given but not a date: reported where it is. */
function reportDate(entry: Record<string, unknown>, key: string, day: Day | undefined, log: IssueSink): void {
  if (entry[key] !== undefined && !day)
    log.add(
      key,
      `expected a date such as "2016-04-21"${key === 'end' ? ' from start on' : ''}, got ${describeValue(entry[key])}`,
    );
}

function checkWhen(entry: Record<string, unknown>, log: IssueSink): When | undefined {
  const name = entry.date !== undefined ? 'date' : 'start';
  const first = parseIsoDate(entry[name]);
  let last = name === 'start' ? parseIsoDate(entry.end) : undefined;
  if (last && (!first || last < first)) last = undefined;
  reportDate(entry, name, first, log);
  reportDate(entry, 'end', last, log);
  if (first) return { year: yearOf(first), first, last, exact: true };
  const year = readYear(entry.year, 'year', log);
  if (year === undefined) return undefined;
  const season = isSeason(entry.season) ? entry.season : undefined;
  if (entry.season !== undefined && !season) {
    log.add(
      'season',
      `expected spring, summer, autumn or winter, got ${describeValue(entry.season)}; the year alone is shown`,
    );
  }
  return { year, season, first: season ? seasonStart(year, season) : year * 10000 + 101, exact: false };
}

/** One conference, its problems reported by `log` at paths relative to it (see EntryLog). */
function checkConference(value: unknown, log: EntryLog): TimelineEntry | undefined {
  const entry = readObject(value, '', log);
  if (!entry) return undefined;
  const when = checkWhen(entry, log);
  const city = readText(entry.city, 'city', log);
  const topic = readText(entry.topic, 'topic', log);
  const country = readCountry(entry.country, 'country', log, { unknown: 'it is shown as written' });
  // Every field is read even when the conference is skipped: an editor fixes all its problems at once.
  const url = readUrl(entry.url, 'url', log, { optional: true });
  const summary = readText(entry.summary, 'summary', log, { optional: true, max: textCaps.paragraph });
  return when && city && topic ? { ...when, index: log.index, city, country, topic, url, summary } : undefined;
}

function checkNetwork(value: unknown, log: IssueLog): ConferenceNetwork | undefined {
  const network = readObject(value, 'network', log, { optional: true });
  if (!network) return undefined;
  return {
    name: readText(network.name, 'network.name', log, { optional: true }),
    founded: readYear(network.founded, 'network.founded', log, { optional: true }),
  };
}

/** Past this many conferences, the check runs in slices of time ({@link checkConferencesInSlices}). */
const longList = 500;
/** Conferences checked between two looks at the clock. */
const perYield = 25;

/** The check, pausing (yield) every few conferences so that a caller may let the page breathe. */
function* checking(json: unknown): Generator<void, Checked<TimelineModel>> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const list = readArray(root.conferences, 'conferences', log);
  if (!list) return { issues: log.issues };
  if (list.length > maxConferences) {
    log.add('conferences', `${list.length} conferences; only the first 10,000 are shown`);
  }
  // Entries by year as they are checked, then sorted a year at a time, each year a step of its own:
  // one sort of 10,000 entries was a long task on a phone. The groups the view shows come out of it.
  const byYear = new Map<number, TimelineEntry[]>();
  const count = Math.min(list.length, maxConferences);
  const entryLog = new EntryLog(log, 'conferences');
  for (let index = 0; index < count; index++) {
    entryLog.index = index;
    const entry = checkConference(list[index], entryLog);
    if (entry) (byYear.get(entry.year) ?? byYear.set(entry.year, []).get(entry.year)!).push(entry);
    if (index % perYield === perYield - 1) yield;
  }
  const lists: TimelineEntry[][] = [];
  for (const direction of [1, -1]) {
    const sorted: TimelineEntry[] = [];
    const groups: YearGroup[] = [];
    for (const year of [...byYear.keys()].sort((a, b) => direction * (a - b))) {
      // A stable sort: the written order stays among equal days, in either direction.
      const group = [...byYear.get(year)!].sort((a, b) => direction * (a.first - b.first));
      groups.push({ year, start: sorted.length, entries: group });
      sorted.push(...group);
      yield;
    }
    knownGroups.set(sorted, groups);
    lists.push(sorted);
  }
  const [entries, newest] = lists;
  const network = checkNetwork(root.network, log);
  // Conferences, none of them usable: the data is wrong, not empty.
  return { value: entries.length || !list.length ? { network, entries, newest } : undefined, issues: log.issues };
}

/**
 * Checks a conferences document. A conference with no usable year (or date),
 * city or topic is skipped and reported; an unknown season or a malformed
 * country code is reported and shown as well as it can be. The document is
 * unusable when its shape is wrong or when no conference in it is usable.
 */
export function checkConferences(json: unknown): Checked<TimelineModel> {
  const steps = checking(json);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * {@link checkConferences} for long lists: each of `prepare` in a task of its
 * own, then the check in slices of a few milliseconds, each a task of its own
 * (slices of time, not of a count, so a slower phone takes more of them and
 * none of them blocks), then the first render in a task of its own.
 */
export async function checkConferencesInSlices(
  json: unknown,
  prepare: (() => unknown)[] = [],
): Promise<Checked<TimelineModel>> {
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  for (const step of prepare) {
    await nextTask();
    step();
  }
  await nextTask();
  const checked = runPaced(checking(json));
  return checked instanceof Promise ? checked : nextTask().then(() => checked);
}

/** Whether a document is long enough to be checked in slices. */
export const isLongList = (json: unknown): boolean =>
  Array.isArray((json as { conferences?: unknown } | null)?.conferences) &&
  (json as { conferences: unknown[] }).conferences.length > longList;
