import type { LocalizedText } from '../core/i18n/text.js';
import type { Checked } from '../core/data/validate.js';
import {
  IssueLog,
  childPath,
  isDuplicateId,
  readArray,
  readBoolean,
  readObject,
  readString,
  readText,
  readUrl,
} from '../core/data/validate.js';

/** A list a reader can subscribe to. */
export interface NewsletterList {
  id: string;
  label: LocalizedText;
  /** Ticked at first. */
  default?: boolean;
}

/** The `newsletter` format (schemas/newsletter.schema.json); every key is optional. */
export interface NewsletterConfig {
  /** Who sends the newsletter. */
  publisher?: LocalizedText;
  /** Why to subscribe, shown by `variant="card"`. */
  pitch?: LocalizedText;
  lists: NewsletterList[];
  privacyUrl?: string;
  /** Shown after a successful signup instead of the double opt-in message. */
  successMessage?: LocalizedText;
}

export function checkNewsletter(json: unknown): Checked<NewsletterConfig> {
  const log = new IssueLog();
  const root = readObject(json, '', log);
  if (!root) return { issues: log.issues };
  const lists: NewsletterList[] = [];
  const seen = new Map<string, string>();
  (readArray(root.lists, 'lists', log, { optional: true }) ?? []).forEach((entry, index) => {
    const path = childPath('lists', index);
    const item = readObject(entry, path, log);
    const id = item && readString(item.id, childPath(path, 'id'), log);
    const label = item && readText(item.label, childPath(path, 'label'), log);
    if (id && label && !isDuplicateId(id, seen, childPath(path, 'id'), log))
      lists.push({
        id,
        label,
        default: readBoolean(item.default, childPath(path, 'default'), log, { optional: true }),
      });
  });
  return {
    value: {
      publisher: readText(root.publisher, 'publisher', log, { optional: true }),
      pitch: readText(root.pitch, 'pitch', log, { optional: true }),
      lists,
      privacyUrl: readUrl(root.privacyUrl, 'privacyUrl', log, { optional: true }),
      successMessage: readText(root.successMessage, 'successMessage', log, { optional: true }),
    },
    issues: log.issues,
  };
}
