import type { Issue } from '../core/data/validate.js';
import type { Membership, MembershipsData } from './network-badge.data.js';

/** Whether a problem's JSON path is the entry at `root` or inside it (`memberships[2].network.name`). */
export const isWithin = (path: string, root: string): boolean =>
  path === root || (path.startsWith(root) && /^[.[]/.test(path.slice(root.length)));

/**
 * The membership a badge shows: the one its `network` names (in any case), else the first. When
 * that one is in the data but unusable, `broken` is its entry (its problems say why).
 */
export function pickMembership(
  data: MembershipsData,
  network: string | undefined,
): { membership?: Membership; broken?: MembershipsData['invalid'][number] } {
  const wanted = network?.trim().toLowerCase();
  const membership = wanted
    ? data.memberships.find((entry) => entry.id?.toLowerCase() === wanted)
    : data.memberships[0];
  if (membership) return { membership };
  return { broken: data.invalid.find((entry) => !wanted || entry.id.toLowerCase() === wanted) };
}

/** The problems of the membership at `path` and of the file itself, not those of the other memberships in it. */
export const issuesOfMembership = (issues: Issue[], path: string): Issue[] =>
  issues.filter((issue) => !issue.path.startsWith('memberships[') || isWithin(issue.path, path));
