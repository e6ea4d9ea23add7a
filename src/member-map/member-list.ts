import { runPaced, runToEnd } from '../core/paced.js';
import { warmFaces } from '../core/styles/warm-font.js';
import { resolveText } from '../core/i18n/text.js';
import { countryName, countryNamesReady } from '../core/i18n/lists.js';
import { foldForSearch } from '../core/i18n/fold.js';
import { filterGroups } from './member-filter.js';
import { sortKey } from '../core/i18n/collate.js';
import type { Member, MembersData } from './member-map.data.js';
import { isKnownCountry } from '../core/data/countries.js';
import { checking, isPlaced } from './member-map.data.js';
import type { Checked } from '../core/data/validate.js';

/** A member with what the list shows and searches, in one locale. */
export interface ListedMember {
  member: Member;
  /** The city's name in the locale. */
  name: string;
  /** The id in lower case, as `highlight`, `selected` and the indexes name members (made once per member). */
  key: string;
  /** Folded names (every translation) and country code, for accent- and case-insensitive search. */
  searchKey: string;
}

/** The members of one country, in the locale's order. */
export interface CountryGroup {
  code: string;
  /** The country's name in the locale (Intl.DisplayNames), or the code when unknown. */
  name: string;
  /** The name folded for search: a city is also found by its country's name. */
  searchKey: string;
  members: ListedMember[];
}

const names = (text: Member['city']): string[] => (typeof text === 'string' ? [text] : Object.values(text));

/**
 * Groups members by country, named and sorted for the locale: groups by
 * country name and cities by name, both in the language's order (so "Česko"
 * sorts between C and D in Czech; see collate.ts).
 */
export const groupMembers = (members: readonly Member[], locale: string): CountryGroup[] =>
  runToEnd(naming(runToEnd(bucketing(members, locale)), locale));

/**
 * Members by country in the data's order, each group named by its code: the
 * map draws from these. It needs no Intl, whose first use on a page costs
 * ~50 ms on a slow phone (4× CPU): that is left to {@link naming}, for the
 * list, after the map is drawn. Yields after every few members.
 */
export function* bucketing(members: readonly Member[], locale: string): Generator<void, CountryGroup[]> {
  const groups = new Map<string, CountryGroup>();
  // The index by id is made here, in the same steps: built afterwards in one go, it was a long task at 10,000 members.
  const index = new Map<string, ListedMember>();
  // So is the set of every member, which the first render shows (made there, 4–8 ms at 10,000 on a slow phone),
  // and the list of those without coordinates, which it names (looked for there, 3–5 ms).
  const everyone = new Set<Member>();
  const unplaced: ListedMember[] = [];
  let founding = false;
  // Indexed: an entries() iterator made a pair and a result object per member, 1.3 MB of garbage at 10,000.
  for (let position = 0; position < members.length; position++) {
    if (position % 50 === 49) yield;
    const member = members[position]!;
    const code = member.country;
    let group = groups.get(code);
    if (!group) groups.set(code, (group = { code, name: code, searchKey: '', members: [] }));
    const name = resolveText(member.city, locale);
    const key = member.id.toLowerCase();
    // The name shown is one of the city's names.
    const entry = { member, name, key, searchKey: foldForSearch([...names(member.city), code].join('\u0000')) };
    group.members.push(entry);
    // Ids are unique without regard to case: the check skips a member whose id is taken.
    index.set(key, entry);
    everyone.add(member);
    if (!isPlaced(member)) unplaced.push(entry);
    founding ||= Boolean(member.founding);
  }
  const buckets = [...groups.values()];
  indexes.set(buckets, index);
  everyoneIn.set(buckets, { shown: everyone, founding, unplaced });
  return buckets;
}

/**
 * The buckets as the list shows them: new groups named in the locale
 * (Intl.DisplayNames), searchable by that name, sorted (the buckets stay as
 * they are: the map's projection is cached on them). Yields after every few
 * members and after sorting each country.
 */
export function* naming(buckets: readonly CountryGroup[], locale: string): Generator<void, CountryGroup[]> {
  // Sorted by keys from tables (collate.ts): a page's first Intl.Collator is one call of 50–100 ms on
  // a slow phone. A name the tables cannot key (another script, another language) sorts the list with one.
  const keys = new Map<string, string | undefined>();
  const keyOf = (name: string) => {
    if (!keys.has(name)) keys.set(name, sortKey(name, locale));
    return keys.get(name);
  };
  let keyed = true;
  const groups: CountryGroup[] = [];
  let count = 0;
  for (const bucket of buckets) {
    // An unknown code (reported by the check) is listed under the code itself.
    const name = isKnownCountry(bucket.code) ? countryName(bucket.code, locale) : bucket.code;
    keyed &&= keyOf(name) !== undefined;
    // The same entries as the buckets' (10,000 members made 10,000 more objects and keys, all
    // live, which the garbage collector copied in long pauses on a slow phone).
    for (let at = 0; at < bucket.members.length; at++) {
      if (++count % 50 === 0) yield;
      keyed &&= keyOf(bucket.members[at]!.name) !== undefined;
    }
    groups.push({ code: bucket.code, name, searchKey: foldForSearch(name), members: bucket.members.slice() });
  }
  const byKey = (a: string, b: string): number => {
    const [first, second] = [keys.get(a)!, keys.get(b)!];
    return first < second ? -1 : first > second ? 1 : 0;
  };
  const compare = keyed ? byKey : new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare;
  groups.sort((a, b) => compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  for (const group of groups) {
    yield;
    group.members.sort((a, b) => compare(a.name, b.name));
    // Where each city is in its country's rows, here in steps: made when the list's first rows
    // looked a city up, a map of a country's hundreds of cities was a fifth of that render.
    const byKey = new Map<string, number>();
    for (let at = 0; at < group.members.length; at++) {
      if (++count % 100 === 0) yield;
      byKey.set(group.members[at]!.key, at);
    }
    positions.set(group, byKey);
  }
  return groups;
}

const indexes = new WeakMap<readonly CountryGroup[], Map<string, ListedMember>>();
/** Every member of a grouping, and whether any is a founding member (see {@link bucketing}). */
const everyoneIn = new WeakMap<
  readonly CountryGroup[],
  { shown: Set<Member>; founding: boolean; unplaced: ListedMember[] }
>();

/** Every member of the groups by lower-case id (built once per grouping, not on every render). */
export function indexGroups(groups: readonly CountryGroup[]): Map<string, ListedMember> {
  let index = indexes.get(groups);
  if (!index) {
    index = new Map();
    for (const { members } of groups) for (const entry of members) index.set(entry.key, entry);
    indexes.set(groups, index);
  }
  return index;
}

/** Each group's members by lower-case id: where a city is in its country's rows. */
const positions = new WeakMap<CountryGroup, Map<string, number>>();

/** Where the member with lower-case id `key` is in `group`'s rows, or -1 (a lookup, not a search of thousands). */
export function positionIn(group: CountryGroup, key: string): number {
  let byKey = positions.get(group);
  if (!byKey) {
    byKey = new Map(group.members.map((entry, at) => [entry.key, at]));
    positions.set(group, byKey);
  }
  return byKey.get(key) ?? -1;
}

const bucketed = new WeakMap<readonly Member[], { locale: string; buckets: CountryGroup[] }>();
const named = new WeakMap<readonly CountryGroup[], CountryGroup[]>();

/** The members by country for a locale (see {@link bucketing}): computed once, or ahead of the first render by {@link checkAndGroup}. */
function bucketsOf(members: readonly Member[], locale: string): CountryGroup[] {
  const cached = bucketed.get(members);
  if (cached?.locale === locale) return cached.buckets;
  const buckets = runToEnd(bucketing(members, locale));
  bucketed.set(members, { locale, buckets });
  return buckets;
}

/** Keeps the named groups of `buckets`, which have the same members: the index is shared. */
function keepNamed(buckets: readonly CountryGroup[], groups: CountryGroup[]): CountryGroup[] {
  named.set(buckets, groups);
  indexes.set(groups, indexGroups(buckets));
  return groups;
}

/**
 * Names and sorts the buckets for the list (see {@link naming}): a long list
 * in slices of a few milliseconds, a short one at once; once per list.
 */
export function nameGroups(buckets: readonly CountryGroup[], locale: string): CountryGroup[] | Promise<CountryGroup[]> {
  const done = named.get(buckets);
  if (done) return done;
  const names = countryNamesReady(locale);
  if (names) return names.then(() => nameGroups(buckets, locale));
  // A long list in shorter slices: a full garbage collection that falls into one (35–45 ms on a
  // slow phone, 4× CPU, at 10,000 members) then leaves it near 45 ms rather than 55.
  const groups = runPaced(naming(buckets, locale), indexGroups(buckets).size > 500 ? 4 : 8);
  return groups instanceof Promise ? groups.then((value) => keepNamed(buckets, value)) : keepNamed(buckets, groups);
}

/**
 * Checks a members document and groups its members by country for `locale`
 * (named and sorted too when `withNames`, else left to {@link nameGroups}):
 * a long list in slices of a few milliseconds (a promise of the result), a
 * short one at once.
 */
export function checkAndGroup(
  json: unknown,
  locale: string,
  withNames: boolean,
  host?: Element,
): Checked<MembersData> | Promise<Checked<MembersData>> {
  const steps = (function* () {
    const checked = yield* checking(json);
    if (checked.value) {
      const buckets = yield* bucketing(checked.value.members, locale);
      bucketed.set(checked.value.members, { locale, buckets });
      if (withNames) keepNamed(buckets, yield* naming(buckets, locale));
    }
    return checked;
  })();
  // A short list at once; its first render follows in the same task unless checking took a slice's time.
  const { members } = (json ?? {}) as { members?: unknown };
  if (!Array.isArray(members) || members.length <= 500) return runPaced(steps);
  // The faces of its first rows are read in gaps while it is checked, not in the first content's or
  // the first rows' layout: the bold of country names, and the buttons' (600) at the small text's
  // size ("Show more cities"), which cost 5–15 ms of that frame on a slow phone (4× CPU).
  if (host)
    warmFaces(host, [
      [700, 1],
      [600, 0.875],
    ]);
  // A long one from the next task on: this one evaluated the list code and added its styles.
  return new Promise<void>((resolve) => setTimeout(resolve)).then(() => runPaced(steps, 4));
}

/** What one render works from, derived from the data, the locale and the filters. */
export interface Derived {
  /** The members by country in the data's order, each named by its code: what the map draws. */
  buckets: CountryGroup[];
  /** The groups named and sorted for the list once they are (see `named`), else the buckets. */
  groups: CountryGroup[];
  /** Whether `groups` are named and sorted. */
  named: boolean;
  visible: CountryGroup[];
  /** The members that pass the search and filter. */
  shown: Set<Member>;
  /** Whether any member is a founding member (the map's key then shows their mark). */
  founding: boolean;
  /** The members without coordinates, in the data's order (the map names them). */
  unplaced: ListedMember[];
}

/** {@link Derived} with what it was derived from. */
export type DerivedView = Derived & { model: MembersData; locale: string; query: string; country: string };

/**
 * Groups, filtered groups and shown members, from `cached` when data, locale
 * and filters are the same. `withNames`: the groups named now if they are not
 * yet (the list or the map's text shows them).
 */
export function deriveView(
  cached: DerivedView | undefined,
  model: MembersData,
  locale: string,
  query: string,
  country: string,
  withNames: boolean,
): DerivedView {
  const buckets =
    cached?.model === model && cached.locale === locale ? cached.buckets : bucketsOf(model.members, locale);
  const groups = named.get(buckets) ?? (withNames ? keepNamed(buckets, runToEnd(naming(buckets, locale))) : buckets);
  if (cached?.buckets !== buckets || cached.groups !== groups) {
    // The same members named now: the same set of them, which the map's drawn markers are cached on
    // (a new one drew every marker again, 10,000 in one task).
    const unfiltered = cached?.model === model && !cached.query && !cached.country ? cached : undefined;
    cached = {
      model,
      locale,
      query: '',
      country: '',
      buckets,
      groups,
      named: groups !== buckets,
      visible: groups,
      ...(unfiltered
        ? { shown: unfiltered.shown, founding: unfiltered.founding, unplaced: unfiltered.unplaced }
        : everyoneIn.get(buckets)!),
    };
  }
  if (cached.query !== query || cached.country !== country) {
    const visible = filterGroups(cached.groups, query, country);
    const shown = new Set(visible.flatMap((group) => group.members.map((entry) => entry.member)));
    cached = { ...cached, query, country, visible, shown };
  }
  return cached;
}
