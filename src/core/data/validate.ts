import { safeUrl } from '../safe-url.js';
import { isKnownCountry } from './countries.js';
import type { LocalizedText } from '../i18n/text.js';

// The lists' search folding travels in this module's chunk, which each list's loader asks for
// beside its parts: in a chunk of its own (the kit's map and timeline parts share it), it would be
// asked for only once the parts had come, a round trip later.
export { foldForSearch, plainLetters } from '../i18n/fold.js';

/** One problem found in a data file, located by its JSON path. */
export interface Issue {
  /** JSON path of the value, e.g. `conferences[3].year`. */
  path: string;
  /** What is wrong, e.g. `expected a year, got "20x6"`. */
  message: string;
}

/** The outcome of checking a data file: a model when usable, and every problem found. */
export interface Checked<T> {
  value?: T;
  issues: Issue[];
}

/** Where a checker reports a problem at a JSON path. */
export interface IssueSink {
  add(path: string, message: string): void;
}

/** Collects issues while a validator walks a JSON document. */
export class IssueLog implements IssueSink {
  readonly issues: Issue[] = [];
  add(path: string, message: string): void {
    this.issues.push({ path: path || '(root)', message });
  }
}

/**
 * The problems of one entry of a list (`members[3]`, then the next: set
 * `index`), at paths relative to it (`city`, or '' for the entry itself). The
 * entry's paths are made only for a problem found: a list of 10,000 entries
 * made some 16 strings an entry that no one read, work for the garbage
 * collector on the page's main thread.
 */
export class EntryLog implements IssueSink {
  index = 0;
  constructor(
    private readonly log: IssueSink,
    readonly list: string,
  ) {}

  /** The entry's own path. */
  get path(): string {
    return childPath(this.list, this.index);
  }

  add(path: string, message: string): void {
    this.log.add(path ? childPath(this.path, path) : this.path, message);
  }
}

export const childPath = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

/** A short, readable rendering of a JSON value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  }
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ReadOptions {
  /** When true, a missing value is not a problem. */
  optional?: boolean;
}

/**
 * Longest text shown, in characters (the schemas say the same with maxLength):
 * a name or a topic, and a summary or note. Longer texts are cut and reported;
 * one unbroken 50 MB topic once froze a page for minutes.
 */
export const textCaps = { text: 300, paragraph: 2000 } as const;

interface TextOptions extends ReadOptions {
  /** Longest text kept (default {@link textCaps}.text). */
  max?: number;
}

/** Trims a text and cuts it at `max` characters, reporting the cut. */
function capText(value: string, path: string, log: IssueSink, max: number): string {
  const text = value.trim();
  if (text.length <= max) return text;
  log.add(path, `text of ${text.length} characters cut to the first ${max}`);
  return `${text.slice(0, max - 1)}…`;
}

function missingOr(value: unknown, path: string, log: IssueSink, options: ReadOptions, expected: string) {
  if (value === undefined && options.optional) return;
  log.add(path, `expected ${expected}, got ${describeValue(value)}`);
}

export function readObject(
  value: unknown,
  path: string,
  log: IssueSink,
  options: ReadOptions = {},
): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  missingOr(value, path, log, options, 'an object');
  return undefined;
}

export function readArray(
  value: unknown,
  path: string,
  log: IssueSink,
  options: ReadOptions = {},
): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  missingOr(value, path, log, options, 'a list');
  return undefined;
}

export function readString(
  value: unknown,
  path: string,
  log: IssueSink,
  options: TextOptions = {},
): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return capText(value, path, log, options.max ?? textCaps.text);
  missingOr(value, path, log, options, 'a non-empty text');
  return undefined;
}

/** A string, or an object of language tag → string with at least one entry. */
export function readText(
  value: unknown,
  path: string,
  log: IssueSink,
  options: TextOptions = {},
): LocalizedText | undefined {
  const max = options.max ?? textCaps.text;
  if (typeof value === 'string' && value.trim() !== '') return capText(value, path, log, max);
  if (isRecord(value)) {
    // Built as it is read (no pairs of entries): a list of 10,000 translated texts made them all.
    let texts: Record<string, string> | undefined;
    for (const tag of Object.keys(value)) {
      const text = value[tag];
      // A tag is letters, digits and hyphens: never "__proto__", which would set the prototype.
      if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) {
        log.add(childPath(path, tag), `expected a language tag such as "cs" or "de-AT" as the key`);
      } else if (typeof text !== 'string' || text.trim() === '') {
        log.add(childPath(path, tag), `expected a non-empty text, got ${describeValue(text)}`);
      } else {
        // A translation's path only for a text cut (see EntryLog).
        const trimmed = text.trim();
        (texts ??= {})[tag] = trimmed.length <= max ? trimmed : capText(text, childPath(path, tag), log, max);
      }
    }
    if (texts) return texts;
    log.add(path, 'expected at least one translation');
    return undefined;
  }
  missingOr(value, path, log, options, 'a text or an object of translations');
  return undefined;
}

export function readNumber(
  value: unknown,
  path: string,
  log: IssueSink,
  options: ReadOptions & { min?: number; max?: number; integer?: boolean; expected?: string } = {},
): number | undefined {
  const { min = -Infinity, max = Infinity, integer = false } = options;
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
  ) {
    return value;
  }
  // Written only for a problem: a list of 10,000 made it for every number.
  const expected =
    options.expected ??
    `${integer ? 'a whole number' : 'a number'}${
      Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : ''
    }`;
  missingOr(value, path, log, options, expected);
  return undefined;
}

export const readYear = (value: unknown, path: string, log: IssueSink, options: ReadOptions = {}) =>
  readNumber(value, path, log, { ...options, integer: true, min: 1000, max: 9999, expected: 'a year' });

export function readBoolean(
  value: unknown,
  path: string,
  log: IssueSink,
  options: ReadOptions = {},
): boolean | undefined {
  if (typeof value === 'boolean') return value;
  missingOr(value, path, log, options, 'true or false');
  return undefined;
}

/** An ISO 3166-1 alpha-2 code. A malformed code is kept as written (and reported). */
export function readCountry(
  value: unknown,
  path: string,
  log: IssueSink,
  options: ReadOptions & { unknown?: string } = {},
): string | undefined {
  if (typeof value === 'string' && /^[A-Z]{2}$/.test(value.trim())) {
    const code = value.trim();
    // A code that names no country or territory (ZZ, EU): `unknown` says what the widget does with it.
    if (options.unknown && !isKnownCountry(code))
      log.add(path, `unknown country code ${describeValue(code)}; ${options.unknown}`);
    return code;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    log.add(path, `expected a two-letter country code such as "CZ", got ${describeValue(value)}`);
    // Reported, and read as meant: "cz" is Czechia's code (a group of its own, named "cz", beside Czechia's).
    const code = value.trim();
    return /^[a-z]{2}$/i.test(code) ? code.toUpperCase() : code;
  }
  missingOr(value, path, log, options, 'a two-letter country code such as "CZ"');
  return undefined;
}

/** A URL that is safe to link to; anything else is dropped and reported. */
export function readUrl(value: unknown, path: string, log: IssueSink, options: ReadOptions = {}): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    const url = safeUrl(value);
    if (!url)
      log.add(path, `unsafe URL dropped (allowed: http, https, mailto, tel or relative), got ${describeValue(value)}`);
    return url;
  }
  missingOr(value, path, log, options, 'a URL');
  return undefined;
}

/**
 * Reports an id already used earlier in the same list, case-insensitively
 * (`members[5].id: duplicate id "brno" (first used by members[1]); this entry is skipped`);
 * returns true for a duplicate, which the caller then skips. `firstUse` maps
 * each id seen so far to its entry: the entry's path, or with an {@link EntryLog}
 * its index (a list of 10,000 made 20,000 paths that no one read, all kept
 * to the end of the check, which the garbage collector copied in long pauses).
 */
export function isDuplicateId(
  id: string,
  firstUse: Map<string, string | number>,
  at: string | EntryLog,
  log: IssueSink,
): boolean {
  const key = id.toLowerCase();
  const first = firstUse.get(key);
  if (first !== undefined) {
    const path = typeof at === 'string' ? at : childPath(at.path, 'id');
    const entry = typeof first === 'number' && typeof at !== 'string' ? childPath(at.list, first) : String(first);
    log.add(path, `duplicate id ${describeValue(id)} (first used by ${entry}); this entry is skipped`);
    return true;
  }
  firstUse.set(key, typeof at === 'string' ? at.replace(/\.id$/, '') : at.index);
  return false;
}
