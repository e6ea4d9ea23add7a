import type { LocalizedText } from '../core/text.js';
import { foldForSearch } from '../core/text.js';
import type { TimelineEntry, TimelineModel } from './conference-timeline.data.js';

/** Every variant of a LocalizedText (all languages), so a search finds "odpad" on an English page. */
const variants = (text: LocalizedText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

const searchKeys = new WeakMap<TimelineEntry, string>();

/**
 * The folded text a search looks in: every language of the topic and the
 * city. Computed on the first search and kept with the entry, so it is folded
 * once per data load, not once per keystroke.
 */
export function searchKey(entry: TimelineEntry): string {
  let key = searchKeys.get(entry);
  if (key === undefined) {
    key = foldForSearch([...variants(entry.conference.topic), ...variants(entry.conference.city)].join('\n'));
    searchKeys.set(entry, key);
  }
  return key;
}

/** The words of a query, folded: every word must occur (accent- and case-insensitive). */
export const queryWords = (query: string): string[] => foldForSearch(query).split(/\s+/).filter(Boolean);

/** Folded names of a city in every language, for `highlight-city`. */
export const cityNames = (entry: TimelineEntry): string[] => variants(entry.conference.city).map(foldForSearch);

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
  const countries = filter.countries && filter.countries.length > 0 ? new Set(filter.countries) : undefined;
  const { from = -Infinity, to = Infinity } = filter;
  const words = filter.words ?? [];
  if (!countries && from === -Infinity && to === Infinity && words.length === 0) return entries.slice();
  return entries.filter((entry) => {
    if (entry.year < from || entry.year > to) return false;
    if (countries && !countries.has((entry.conference.country ?? '').toUpperCase())) return false;
    if (words.length === 0) return true;
    const key = searchKey(entry);
    return words.every((word) => key.includes(word));
  });
}

const newestFirst = new WeakMap<TimelineModel, TimelineEntry[]>();

/**
 * The entries newest first (written order kept among equal dates), or oldest
 * first as checked. Sorted once per data load.
 */
export function orderedEntries(model: TimelineModel, order: 'newest' | 'oldest'): TimelineEntry[] {
  if (order === 'oldest') return model.entries;
  let sorted = newestFirst.get(model);
  if (!sorted) {
    sorted = [...model.entries].sort((a, b) => b.key - a.key || a.index - b.index);
    newestFirst.set(model, sorted);
  }
  return sorted;
}

/** Consecutive entries of one year, for a heading per year. */
export interface YearGroup {
  year: number;
  entries: TimelineEntry[];
}

export function groupByYear(entries: readonly TimelineEntry[]): YearGroup[] {
  const groups: YearGroup[] = [];
  let current: YearGroup | undefined;
  for (const entry of entries) {
    if (!current || current.year !== entry.year) {
      current = { year: entry.year, entries: [] };
      groups.push(current);
    }
    current.entries.push(entry);
  }
  return groups;
}
