import { runPaced, runToEnd } from './paced.js';
import { resolveText } from '../core/i18n/text.js';
import { countryName, foldForSearch } from '../core/i18n/lists.js';
import type { Member, MembersData } from './member-map.data.js';
import { checking } from './member-map.data.js';
import type { Checked } from '../core/data/validate.js';

/** A member with what the list shows and searches, in one locale. */
export interface ListedMember {
  member: Member;
  /** The city's name in the locale. */
  name: string;
  /** Folded names (every translation) and country name, for accent- and case-insensitive search. */
  searchKey: string;
}

/** The members of one country, in the locale's order. */
export interface CountryGroup {
  code: string;
  /** The country's name in the locale (Intl.DisplayNames), or the code when unknown. */
  name: string;
  members: ListedMember[];
}

const names = (text: Member['city']): string[] => (typeof text === 'string' ? [text] : Object.values(text));

/**
 * Groups members by country: groups by country name and cities by name, both
 * with `Intl.Collator` for the locale (so "Česko" sorts between C and D in Czech).
 */
export const groupMembers = (members: readonly Member[], locale: string): CountryGroup[] =>
  runToEnd(grouping(members, locale));

/** {@link groupMembers} as steps: it yields after every few members and after sorting each country. */
export function* grouping(members: readonly Member[], locale: string): Generator<void, CountryGroup[]> {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, CountryGroup>();
  for (const [index, member] of members.entries()) {
    if (index % 50 === 49) yield;
    let group = groups.get(member.country);
    if (!group) {
      group = { code: member.country, name: countryName(member.country, locale), members: [] };
      groups.set(member.country, group);
    }
    const name = resolveText(member.city, locale);
    group.members.push({
      member,
      name,
      searchKey: foldForSearch([name, ...names(member.city), group.name, member.country].join('\u0000')),
    });
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  for (const group of sorted) {
    yield;
    group.members.sort((a, b) => collator.compare(a.name, b.name));
  }
  return sorted;
}

/** The groups with only the members that match the search text and country (empty groups dropped). */
export function filterGroups(groups: readonly CountryGroup[], query: string, country: string): CountryGroup[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const result: CountryGroup[] = [];
  for (const group of groups) {
    if (country && group.code !== country) continue;
    const members = words.length
      ? group.members.filter((entry) => words.every((word) => entry.searchKey.includes(word)))
      : group.members;
    if (members.length) result.push(members === group.members ? group : { ...group, members });
  }
  return result;
}

/** A member found by its id in lower case: where it is listed and under which name. */
export interface IndexEntry {
  member: Member;
  name: string;
  code: string;
}

const indexes = new WeakMap<readonly CountryGroup[], Map<string, IndexEntry>>();

/** Every member of the groups by lower-case id (built once per grouping, not on every render). */
export function indexGroups(groups: readonly CountryGroup[]): Map<string, IndexEntry> {
  let index = indexes.get(groups);
  if (!index) {
    index = new Map();
    for (const { code, members } of groups)
      for (const { member, name } of members) index.set(member.id.toLowerCase(), { member, name, code });
    indexes.set(groups, index);
  }
  return index;
}

/** The lower-case ids in a comma-separated attribute such as `highlight="brno, Opava"`. */
export const idSet = (ids: string): Set<string> =>
  new Set(
    ids
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean),
  );

const grouped = new WeakMap<readonly Member[], { locale: string; groups: CountryGroup[] }>();

/** The members grouped for a locale: computed once, or ahead of the first render by {@link checkAndGroup}. */
export function groupsOf(members: readonly Member[], locale: string): CountryGroup[] {
  const cached = grouped.get(members);
  if (cached?.locale === locale) return cached.groups;
  const groups = groupMembers(members, locale);
  grouped.set(members, { locale, groups });
  return groups;
}

/**
 * Checks a members document and groups its members for `locale`: a long list
 * in slices of a few milliseconds (a promise of the result), a short one at once.
 */
export function checkAndGroup(json: unknown, locale: string): Checked<MembersData> | Promise<Checked<MembersData>> {
  const steps = (function* () {
    const checked = yield* checking(json);
    if (checked.value) {
      const groups = yield* grouping(checked.value.members, locale);
      grouped.set(checked.value.members, { locale, groups });
      yield;
      indexGroups(groups);
    }
    return checked;
  })();
  // A short list at once: its first render then follows in the same task, as before.
  const { members } = (json ?? {}) as { members?: unknown };
  return Array.isArray(members) && members.length > 500 ? runPaced(steps) : runToEnd(steps);
}

/** What one render works from, derived from the data, the locale and the filters. */
export interface Derived {
  groups: CountryGroup[];
  visible: CountryGroup[];
  /** The members that pass the search and filter. */
  shown: Set<Member>;
  /** Whether any member is a founding member (the map's key then shows their mark). */
  founding: boolean;
}

/** {@link Derived} with what it was derived from. */
export type DerivedView = Derived & { model: MembersData; locale: string; query: string; country: string };

/** Groups, filtered groups and shown members, from `cached` when data, locale and filters are the same. */
export function deriveView(
  cached: DerivedView | undefined,
  model: MembersData,
  locale: string,
  query: string,
  country: string,
): DerivedView {
  if (cached?.model !== model || cached.locale !== locale) {
    const groups = groupsOf(model.members, locale);
    const founding = model.members.some((member) => member.founding);
    cached = {
      model,
      locale,
      query: '',
      country: '',
      groups,
      visible: groups,
      shown: new Set(model.members),
      founding,
    };
  }
  if (cached.query !== query || cached.country !== country) {
    const visible = filterGroups(cached.groups, query, country);
    const shown = new Set(visible.flatMap((group) => group.members.map((entry) => entry.member)));
    cached = { ...cached, query, country, visible, shown };
  }
  return cached;
}
