import type { LocalizedText } from '../core/i18n/text.js';
import { inBackground } from '../core/background.js';
import { foldForSearch } from '../core/i18n/fold.js';
import type { TimelineEntry } from './conference-timeline.data.js';

/** Every variant of a LocalizedText (all languages), so a search finds "odpad" on an English page. */
const variants = (text: LocalizedText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/**
 * The folded text a search looks in: every language of the topic and the
 * city. Computed on the first search and kept with the entry, so it is folded
 * once per data load, not once per keystroke.
 */
export const searchKey = (entry: TimelineEntry): string =>
  (entry.search ??= foldForSearch([...variants(entry.topic), ...variants(entry.city)].join('\n')));

const prepared = new WeakSet<readonly TimelineEntry[]>();

/**
 * Folds the entries' search keys in background tasks of a few milliseconds,
 * once per list: folded on the first search instead, 10,000 were one task of
 * 290-340 ms on a slow phone (4× CPU). A search before they are done folds the
 * rest itself.
 */
export function prepareSearch(entries: readonly TimelineEntry[]): void {
  if (prepared.has(entries)) return;
  prepared.add(entries);
  let next = 0;
  const fold = () => {
    const end = performance.now() + 8;
    while (next < entries.length && performance.now() < end) searchKey(entries[next++]!);
    if (next < entries.length) inBackground(fold);
  };
  inBackground(fold);
}

/** The words of a query, folded: every word must occur (accent- and case-insensitive). */
export const queryWords = (query: string): string[] => foldForSearch(query).split(/\s+/).filter(Boolean);

/** Folded names of a city in every language, for `highlight-city`. */
export const cityNames = (entry: TimelineEntry): string[] => variants(entry.city).map(foldForSearch);

/** A comma-separated attribute as a list of trimmed, non-empty items. */
export const listAttribute = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export interface TimelineFilter {
  /** Country codes to keep (upper case); empty keeps all. */
  countries?: readonly string[];
  /** First and last year to keep. */
  from?: number;
  to?: number;
  /** Folded words that must all occur in the topic or city. */
  words?: readonly string[];
}

/** The entries that pass every part of the filter, in the given order. */
export function filterEntries(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const { countries = [], from = 0, to = 1e4, words = [] } = filter;
  // Nothing to filter out: the list itself, whose year groups are known (see `groupByYear`).
  if (!countries.length && !words.length && from <= 0 && to >= 1e4) return entries as TimelineEntry[];
  return entries.filter(
    (entry) =>
      entry.year >= from &&
      entry.year <= to &&
      (!countries.length || countries.includes(entry.country?.toUpperCase() as string)) &&
      words.every((word) => searchKey(entry).includes(word)),
  );
}

/** Consecutive entries of one year, for a heading per year, and where the year starts in the whole list. */
export interface YearGroup {
  year: number;
  start: number;
  entries: TimelineEntry[];
}

/** The year groups of the sorted lists, made while they were checked: a long list is not walked again to show it. */
export const knownGroups = new WeakMap<readonly TimelineEntry[], YearGroup[]>();

export function groupByYear(entries: readonly TimelineEntry[]): YearGroup[] {
  const known = knownGroups.get(entries);
  if (known) return known;
  const groups: YearGroup[] = [];
  let current: YearGroup | undefined;
  entries.forEach((entry, index) => {
    if (current?.year !== entry.year) groups.push((current = { year: entry.year, start: index, entries: [] }));
    current.entries.push(entry);
  });
  return groups;
}
