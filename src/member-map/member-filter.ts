import { foldForSearch } from '../core/i18n/fold.js';
import type { CountryGroup } from './member-list.js';

/*
 * Which members a render shows: the search and the country filter over the
 * groups, and the ids that `highlight` names.
 */

/** The groups with only the members that match the search text and country (empty groups dropped). */
export function filterGroups(groups: readonly CountryGroup[], query: string, country: string): CountryGroup[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const result: CountryGroup[] = [];
  for (const group of groups) {
    if (country && group.code !== country) continue;
    const members = words.length
      ? group.members.filter((entry) =>
          words.every((word) => entry.searchKey.includes(word) || group.searchKey.includes(word)),
        )
      : group.members;
    if (members.length) result.push(members === group.members ? group : { ...group, members });
  }
  return result;
}

let lastIds: { ids: string; set: ReadonlySet<string> } | undefined;

/**
 * The lower-case ids in a comma-separated attribute such as
 * `highlight="brno, Opava"`: the same set while the attribute is the same,
 * as the list's countries and blocks of rows are re-rendered only when it changes.
 */
export function idSet(ids: string): ReadonlySet<string> {
  if (lastIds?.ids !== ids) {
    const set = new Set(
      ids
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean),
    );
    lastIds = { ids, set };
  }
  return lastIds.set;
}
