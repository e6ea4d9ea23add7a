import type { LocalizedText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import {
  IssueLog,
  childPath,
  isDuplicateId,
  readArray,
  readBoolean,
  readNumber,
  readObject,
  readString,
  readText,
  readUrl,
  readYear,
} from '../core/data/validate.js';

/** A role the member holds in the network, e.g. chairing a working group. */
export interface MembershipRole {
  title: LocalizedText;
  /** Year the role started. */
  since?: number;
}

export interface NetworkInfo {
  /** Short name, e.g. "EUROCITIES". */
  name: LocalizedText;
  fullName?: LocalizedText;
  /** Safe URL of the network's site (unsafe URLs are dropped). */
  url?: string;
  logo?: { src: string; alt?: LocalizedText };
  /** Number of member cities; shown as "140+" unless `memberCountExact`. */
  memberCount?: number;
  memberCountExact?: boolean;
  countryCount?: number;
}

export interface Membership {
  id?: string;
  /** Where the entry is in the data (`memberships[2]`): its problems are the badge's. */
  path?: string;
  network: NetworkInfo;
  /** Year the member joined. */
  since?: number;
  roles: MembershipRole[];
}

/**
 * The `memberships` format as written (schemas/memberships.schema.json): what
 * `src` serves and `.data` takes. `.data` checks any value when the widget
 * runs; `satisfies MembershipsJson` has TypeScript check an object before that.
 */
export interface MembershipsJson {
  member?: LocalizedText;
  memberships: {
    id?: string;
    since?: number;
    network: {
      name: LocalizedText;
      fullName?: LocalizedText;
      url?: string;
      logo?: string | { src: string; alt?: LocalizedText };
      memberCount?: number;
      memberCountExact?: boolean;
      countryCount?: number;
    };
    roles?: (string | { title: LocalizedText; since?: number })[];
  }[];
}

/** The memberships as the badge holds them once checked; the format is {@link MembershipsJson}. */
export interface MembershipsData {
  /** Who holds the memberships, e.g. "Brno Metropolitan Area". */
  member?: LocalizedText;
  memberships: Membership[];
  /** Ids of memberships that are in the data but unusable, with the JSON path of each entry. */
  invalid: { id: string; path: string }[];
}

function checkRole(value: unknown, path: string, log: IssueLog): MembershipRole | undefined {
  if (typeof value === 'string') return readText(value, path, log) ? { title: value.trim() } : undefined;
  const role = readObject(value, path, log);
  if (!role) return undefined;
  const title = readText(role.title, childPath(path, 'title'), log);
  const since = readYear(role.since, childPath(path, 'since'), log, { optional: true });
  return title ? { title, since } : undefined;
}

function checkNetwork(value: unknown, path: string, log: IssueLog): NetworkInfo | undefined {
  const network = readObject(value, path, log);
  if (!network) return undefined;
  const name = readText(network.name, childPath(path, 'name'), log);
  const count = (key: string) =>
    readNumber(network[key], childPath(path, key), log, { optional: true, integer: true, min: 1, max: 100000 });
  let logo: NetworkInfo['logo'];
  if (network.logo !== undefined) {
    const logoPath = childPath(path, 'logo');
    const raw = typeof network.logo === 'string' ? { src: network.logo } : readObject(network.logo, logoPath, log);
    const src = raw ? readUrl(raw.src, childPath(logoPath, 'src'), log) : undefined;
    if (raw && src) logo = { src, alt: readText(raw.alt, childPath(logoPath, 'alt'), log, { optional: true }) };
  }
  // Every field is read even when the name is unusable: an editor fixes all its problems at once.
  const info = {
    name,
    fullName: readText(network.fullName, childPath(path, 'fullName'), log, { optional: true }),
    url: readUrl(network.url, childPath(path, 'url'), log, { optional: true }),
    logo,
    memberCount: count('memberCount'),
    memberCountExact: readBoolean(network.memberCountExact, childPath(path, 'memberCountExact'), log, {
      optional: true,
    }),
    countryCount: count('countryCount'),
  };
  return name ? { ...info, name } : undefined;
}

function checkMembership(value: unknown, path: string, log: IssueLog): Membership | undefined {
  const entry = readObject(value, path, log);
  if (!entry) return undefined;
  const network = checkNetwork(entry.network, childPath(path, 'network'), log);
  const rolesPath = childPath(path, 'roles');
  const roles = (readArray(entry.roles, rolesPath, log, { optional: true }) ?? [])
    .map((role, index) => checkRole(role, childPath(rolesPath, index), log))
    .filter((role): role is MembershipRole => role !== undefined);
  const id = readString(entry.id, childPath(path, 'id'), log, { optional: true });
  const since = readYear(entry.since, childPath(path, 'since'), log, { optional: true });
  return network && { id, path, network, since, roles };
}

/**
 * Checks a memberships document. Entries with problems are skipped and
 * reported; the document is unusable only when its shape is wrong.
 */
export function checkMemberships(json: unknown): Checked<MembershipsData> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const list = readArray(root.memberships, 'memberships', log);
  if (!list) return { issues: log.issues };
  const seen = new Map<string, string>();
  const invalid: MembershipsData['invalid'] = [];
  const memberships: Membership[] = [];
  list.forEach((raw, index) => {
    const path = childPath('memberships', index);
    const entry = checkMembership(raw, path, log);
    if (entry && !(entry.id && isDuplicateId(entry.id, seen, childPath(path, 'id'), log))) memberships.push(entry);
    else if (!entry && typeof (raw as { id?: unknown } | null)?.id === 'string') {
      // Kept so that asking for it says "invalid", not "no membership with this id".
      invalid.push({ id: (raw as { id: string }).id.trim(), path });
    }
  });
  return {
    value: { member: readText(root.member, 'member', log, { optional: true }), memberships, invalid },
    issues: log.issues,
  };
}
