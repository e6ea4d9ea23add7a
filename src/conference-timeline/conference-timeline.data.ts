import type { Day, Season } from '../core/calendar.js';
import { dayKey, isSeason, parseIsoDate, seasonStart, seasons } from '../core/calendar.js';
import type { LocalizedText } from '../core/text.js';
import type { Checked } from '../core/validate.js';
import {
  IssueLog,
  childPath,
  describeValue,
  readArray,
  readCountry,
  readObject,
  readString,
  readText,
  readUrl,
  readYear,
} from '../core/validate.js';

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

/** A checked conference with what sorting, grouping and filtering need. */
export interface TimelineEntry {
  conference: Conference;
  /** The year it is listed under. */
  year: number;
  /** First day (a season counts from its first day). */
  first: Day;
  /** Last day, for a range. */
  last?: Day;
  /** `yyyymmdd` of the first day. */
  key: number;
  /** Position in the data: keeps the written order among equal keys. */
  index: number;
}

/** What the timeline renders: the data, and its entries sorted oldest first. */
export interface TimelineModel {
  network?: ConferenceNetwork;
  entries: TimelineEntry[];
}

/** More entries than this are not shown (and the rest is reported): a page cannot use them. */
export const maxConferences = 10000;

function checkWhen(entry: Record<string, unknown>, path: string, log: IssueLog) {
  const dateKeys = ['date', 'start'] as const;
  for (const name of dateKeys) {
    if (entry[name] === undefined) continue;
    const first = parseIsoDate(entry[name]);
    if (!first) {
      log.add(childPath(path, name), `expected an ISO date such as "2016-04-21", got ${describeValue(entry[name])}`);
      continue;
    }
    let last: Day | undefined;
    if (name === 'start' && entry.end !== undefined) {
      last = parseIsoDate(entry.end);
      if (!last || dayKey(last) < dayKey(first)) {
        log.add(childPath(path, 'end'), `expected an ISO date on or after start, got ${describeValue(entry.end)}`);
        last = undefined;
      }
    }
    if (entry.year !== undefined && entry.year !== first.year) {
      log.add(childPath(path, 'year'), `${describeValue(entry.year)} does not match the ${name} ${describeValue(entry[name])}; the ${name} is used`);
    }
    return { year: first.year, first, last, date: name === 'date' ? (entry.date as string).trim() : undefined, start: name === 'start' ? (entry.start as string).trim() : undefined, end: last ? (entry.end as string).trim() : undefined };
  }
  const year = readYear(entry.year, childPath(path, 'year'), log);
  if (year === undefined) return undefined;
  let season: Season | undefined;
  if (entry.season !== undefined) {
    if (isSeason(entry.season)) season = entry.season;
    else log.add(childPath(path, 'season'), `expected one of ${seasons.join(', ')}, got ${describeValue(entry.season)}; the year alone is shown`);
  }
  return { year, season, first: season ? seasonStart(year, season) : { year, month: 1, day: 1 } };
}

function checkConference(value: unknown, index: number, log: IssueLog): TimelineEntry | undefined {
  const path = childPath('conferences', index);
  const entry = readObject(value, path, log);
  if (!entry) return undefined;
  const when = checkWhen(entry, path, log);
  const city = readText(entry.city, childPath(path, 'city'), log);
  const topic = readText(entry.topic, childPath(path, 'topic'), log);
  const country = readCountry(entry.country, childPath(path, 'country'), log);
  if (!when || !city || !topic) return undefined;
  const conference: Conference = {
    id: readString(entry.id, childPath(path, 'id'), log, { optional: true }),
    year: when.year,
    season: 'season' in when ? when.season : undefined,
    date: 'date' in when ? when.date : undefined,
    start: 'start' in when ? when.start : undefined,
    end: 'end' in when ? when.end : undefined,
    city,
    country,
    topic,
    url: readUrl(entry.url, childPath(path, 'url'), log, { optional: true }),
    summary: readText(entry.summary, childPath(path, 'summary'), log, { optional: true }),
  };
  return { conference, year: when.year, first: when.first, last: when.last, key: dayKey(when.first), index };
}

function checkNetwork(value: unknown, log: IssueLog): ConferenceNetwork | undefined {
  const network = readObject(value, 'network', log, { optional: true });
  if (!network) return undefined;
  return {
    id: readString(network.id, 'network.id', log, { optional: true }),
    name: readText(network.name, 'network.name', log, { optional: true }),
    founded: readYear(network.founded, 'network.founded', log, { optional: true }),
  };
}

/**
 * Checks a conferences document. A conference with no usable year (or date),
 * city or topic is skipped and reported; an unknown season or a malformed
 * country code is reported and shown as well as it can be. The document is
 * unusable only when its shape is wrong.
 */
export function checkConferences(json: unknown): Checked<TimelineModel> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const list = readArray(root.conferences, 'conferences', log);
  if (!list) return { issues: log.issues };
  if (list.length > maxConferences) {
    log.add(
      'conferences',
      `expected at most ${maxConferences.toLocaleString('en')} conferences, got ${list.length.toLocaleString('en')}; the first ${maxConferences.toLocaleString('en')} are shown`,
    );
  }
  const entries: TimelineEntry[] = [];
  const count = Math.min(list.length, maxConferences);
  for (let index = 0; index < count; index++) {
    const entry = checkConference(list[index], index, log);
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => a.key - b.key || a.index - b.index);
  return { value: { network: checkNetwork(root.network, log), entries }, issues: log.issues };
}
