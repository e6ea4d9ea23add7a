import type { LocalizedText } from '../core/i18n/text.js';
import type { Checked, Issue, IssueSink } from '../core/data/validate.js';
import { isKnownCountry } from '../core/data/countries.js';
import { runToEnd } from '../core/paced.js';
import {
  EntryLog,
  IssueLog,
  childPath,
  isDuplicateId,
  describeValue,
  readArray,
  readBoolean,
  readCountry,
  readNumber,
  readObject,
  readString,
  readText,
  readUrl,
  readYear,
} from '../core/data/validate.js';

/**
 * Where a member may lie to be placed on the map: Europe with Macaronesia,
 * Cyprus, the Caucasus and the Urals (the box the geometry asset covers).
 */
export const mapBounds = { west: -32, south: 27, east: 70, north: 82 } as const;

/** The most members shown, as the timeline caps conferences: more would only slow the page. */
export const maxMembers = 10000;

/**
 * One member city as the map holds it once checked (the `city-member-select` event's
 * `detail.member`): `founding` is always there, a position out of range is dropped.
 * The JSON it comes from is described by schemas/members.schema.json; `.data` takes that JSON.
 */
export interface Member {
  /** Unique id, e.g. `brno`; `highlight` and `selected` name members by it. */
  id: string;
  city: LocalizedText;
  /** ISO 3166-1 alpha-2 code, e.g. `CZ`. */
  country: string;
  /** Latitude and longitude in degrees; absent when missing or out of range (then not placed). */
  lat?: number;
  lon?: number;
  /** One of the cities that founded the network. */
  founding: boolean;
  /** Year the city joined. */
  joined?: number;
  /** Safe URL of the city's page (unsafe URLs are dropped). */
  url?: string;
  note?: LocalizedText;
}

export interface MemberNetwork {
  id?: string;
  name?: LocalizedText;
  /** Year the network was founded. */
  founded?: number;
  /** The network's total number of member cities (may exceed the members listed). */
  memberCount?: number;
  /** The network's total number of countries. */
  countryCount?: number;
}

/**
 * The `members` format as written (schemas/members.schema.json): what `src`
 * serves and `.data` takes. `.data` checks any value when the widget runs;
 * `satisfies MembersJson` has TypeScript check an object before that.
 */
export interface MembersJson {
  network: { id?: string; name: LocalizedText; founded: number; memberCount?: number; countryCount?: number };
  members: {
    id: string;
    city: LocalizedText;
    country: string;
    lat: number;
    lon: number;
    founding?: boolean;
    joined?: number;
    url?: string;
    note?: LocalizedText;
  }[];
}

/** The members as the map holds them once checked (see {@link Member}); the format is {@link MembersJson}. */
export interface MembersData {
  network: MemberNetwork;
  members: Member[];
}

/** Whether a member has coordinates inside the map. */
export const isPlaced = (member: Member): member is Member & { lat: number; lon: number } =>
  member.lat !== undefined && member.lon !== undefined;

function readCoordinate(
  value: unknown,
  path: string,
  log: IssueSink,
  what: 'latitude' | 'longitude',
): number | undefined {
  const latitude = what === 'latitude';
  const min = latitude ? mapBounds.south : mapBounds.west;
  const max = latitude ? mapBounds.north : mapBounds.east;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  log.add(
    path,
    `expected a ${what} from ${min} to ${max} (the map covers Europe), got ${describeValue(value)}; the city is listed but not placed on the map`,
  );
  return undefined;
}

/** One member, its problems reported by `log` at paths relative to it. */
function checkMember(value: unknown, log: EntryLog): Member | undefined {
  const entry = readObject(value, '', log);
  if (!entry) return undefined;
  const id = readString(typeof entry.id === 'number' ? String(entry.id) : entry.id, 'id', log);
  const city = readText(entry.city, 'city', log);
  const country = readCountry(entry.country, 'country', log, { unknown: 'the city is listed under the code' });
  // Every field is read even when the member is skipped: an editor fixes all its problems at once.
  let lat = readCoordinate(entry.lat, 'lat', log, 'latitude');
  let lon = readCoordinate(entry.lon, 'lon', log, 'longitude');
  if (lat === undefined || lon === undefined) lat = lon = undefined;
  const founding = readBoolean(entry.founding, 'founding', log, { optional: true }) ?? false;
  const joined = readYear(entry.joined, 'joined', log, { optional: true });
  const url = readUrl(entry.url, 'url', log, { optional: true });
  const note = readText(entry.note, 'note', log, { optional: true });
  return id && city && country ? { id, city, country, lat, lon, founding, joined, url, note } : undefined;
}

function checkNetwork(value: unknown, log: IssueLog): MemberNetwork {
  const network = readObject(value, 'network', log, { optional: true });
  if (!network) return {};
  const count = (key: string) =>
    readNumber(network[key], childPath('network', key), log, { optional: true, integer: true, min: 0, max: 100000 });
  return {
    id: readString(network.id, 'network.id', log, { optional: true }),
    name: readText(network.name, 'network.name', log),
    founded: readYear(network.founded, 'network.founded', log, { optional: true }),
    memberCount: count('memberCount'),
    countryCount: count('countryCount'),
  };
}

/**
 * Checks a members document. A member without id, city or country, or with an
 * id already used, is skipped; one without usable coordinates is kept but not
 * placed; every problem is reported by JSON path. The document is unusable
 * only when `members` is not a list.
 */
export const checkMembers = (json: unknown): Checked<MembersData> => runToEnd(checking(json));

/** {@link checkMembers} as steps: it yields after every few members. */
export function* checking(json: unknown): Generator<void, Checked<MembersData>> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const list = readArray(root.members, 'members', log);
  if (!list) return { issues: log.issues };
  const network = checkNetwork(root.network, log);
  if (list.length > maxMembers) {
    log.add('members', `${list.length} members; only the first 10,000 are shown`);
  }
  const firstUse = new Map<string, string | number>();
  const members: Member[] = [];
  const entryLog = new EntryLog(log, 'members');
  // The problems of skipped cities come before those of cities shown (one not on the map, a bad
  // year): an editor's first lines, and the console's, are what is missing.
  const start = log.issues.length;
  const skipped: Issue[] = [];
  for (let index = 0; index < Math.min(list.length, maxMembers); index++) {
    if (index % 50 === 49) yield;
    entryLog.index = index;
    const before = log.issues.length;
    const member = checkMember(list[index], entryLog);
    if (!member || isDuplicateId(member.id, firstUse, entryLog, log)) {
      skipped.push(...log.issues.splice(before));
      continue;
    }
    members.push(member);
  }
  log.issues.splice(start, 0, ...skipped);
  const countries = new Set(members.map((member) => member.country).filter(isKnownCountry)).size;
  if (network.memberCount !== undefined && network.memberCount < members.length) {
    log.add(
      'network.memberCount',
      `is ${network.memberCount}, but ${members.length} members are listed; the total is not shown`,
    );
    network.memberCount = undefined;
  }
  if (network.countryCount !== undefined && network.countryCount < countries) {
    log.add(
      'network.countryCount',
      `is ${network.countryCount}, but the members come from ${countries} countries; the total is not shown`,
    );
    network.countryCount = undefined;
  }
  return { value: { network, members }, issues: log.issues };
}
