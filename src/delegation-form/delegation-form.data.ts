import type { LocalizedText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import { maxGroupSize, minGroupSize } from './delegation-form.defaults.js';
import {
  IssueLog,
  childPath,
  isDuplicateId,
  readArray,
  readNumber,
  readObject,
  readString,
  readText,
  readUrl,
} from '../core/data/validate.js';

/** A main point of interest a delegation can choose. The id `other` asks for a description. */
export interface Interest {
  id: string;
  label: LocalizedText;
}

/** The `delegation` format (schemas/delegation.schema.json); every key is optional. */
export interface DelegationConfig {
  /** Who receives the requests, e.g. "IPR Prague – EU and International Affairs Office". */
  host?: LocalizedText;
  /** Where the mailto fallback writes to. */
  contactEmail?: string;
  /** A sentence shown above the form. */
  intro?: LocalizedText;
  interests: Interest[];
  groupSize: { min: number; max: number };
  /** How many days ahead a visit must be requested. */
  minLeadDays?: number;
  privacyUrl?: string;
}

export function checkDelegation(json: unknown): Checked<DelegationConfig> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const interests: Interest[] = [];
  const list = readArray(root.interests, 'interests', log, { optional: true }) ?? [];
  const seen = new Map<string, string>();
  list.forEach((entry, index) => {
    const path = childPath('interests', index);
    const item = readObject(entry, path, log);
    const id = item && readString(item.id, childPath(path, 'id'), log);
    const label = item && readText(item.label, childPath(path, 'label'), log);
    if (id && label && !isDuplicateId(id, seen, childPath(path, 'id'), log)) interests.push({ id, label });
  });
  const groupSize = { min: minGroupSize, max: maxGroupSize };
  const size = readObject(root.groupSize, 'groupSize', log, { optional: true });
  if (size) {
    const bound = (key: 'min' | 'max') =>
      readNumber(size[key], childPath('groupSize', key), log, { optional: true, integer: true, min: 1, max: 10000 });
    groupSize.min = bound('min') ?? groupSize.min;
    groupSize.max = bound('max') ?? groupSize.max;
    if (groupSize.max < groupSize.min) {
      log.add('groupSize', `expected max (${groupSize.max}) to be at least min (${groupSize.min})`);
      groupSize.max = groupSize.min;
    }
  }
  const email = readString(root.contactEmail, 'contactEmail', log, { optional: true });
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) log.add('contactEmail', `expected an e-mail address, got "${email}"`);
  return {
    value: {
      host: readText(root.host, 'host', log, { optional: true }),
      contactEmail: email,
      intro: readText(root.intro, 'intro', log, { optional: true }),
      interests,
      groupSize,
      minLeadDays: readNumber(root.minLeadDays, 'minLeadDays', log, {
        optional: true,
        integer: true,
        min: 0,
        max: 3650,
      }),
      privacyUrl: readUrl(root.privacyUrl, 'privacyUrl', log, { optional: true }),
    },
    issues: log.issues,
  };
}
