// The two mails every stored delegation request queues: the office's
// notification (every field, and a link to the inbox) and the requester's
// confirmation with the reference, in the request's language.
import type { Config } from '../config.js';
import type { MailMessage } from './outbox.js';
import { lookalikeWarning } from '../lookalike.js';
import { confirmationTexts, fill, nameIn, pickLocale } from './delegation-texts.js';
import type { LocalizedName } from './delegation-texts.js';

export const fieldLabels: Record<string, string> = {
  institution: 'Institution',
  contactName: 'Contact name',
  email: 'E-mail',
  phone: 'Phone',
  date: 'Requested date',
  time: 'Requested time',
  interest: 'Point of interest',
  interestText: 'Point of interest (own words)',
  groupSize: 'Group size',
  message: 'Message',
  locale: 'Language',
};

/** An earlier version of a request, and its status before this one replaced it. */
export interface Replaced {
  reference: string;
  status: string;
}

/**
 * A field's value as the office reads it: a point of interest by its label in
 * English (else the first given) with its id, as the form config names it.
 */
export function officeValue(field: string, value: unknown, interests?: ReadonlyMap<string, LocalizedName>): string {
  const label = field === 'interest' && typeof value === 'string' ? nameIn(interests?.get(value), 'en') : '';
  return label && label !== value ? `${label} (${String(value)})` : String(value);
}

export function officeMail(
  config: Config,
  to: string,
  reference: string,
  request: Record<string, unknown>,
  replaced: Replaced[] = [],
  interests?: ReadonlyMap<string, LocalizedName>,
): MailMessage {
  const note = replaced.length
    ? [
        `It replaces ${replaced.map((row) => `${row.reference} (${row.status})`).join(', ')}: the requester sent it again, edited, after the answer was lost.`,
        ...(replaced.some((row) => row.status === 'new')
          ? ['Those still "new" are now marked "replaced" in the inbox.']
          : []),
        '',
      ]
    : [];
  // A value's further lines are indented, so free text cannot pass for the mail's own lines (a
  // "link to the inbox" of its own); the real link comes before anything the requester wrote.
  const lines = Object.entries(fieldLabels)
    .filter(([field]) => request[field] !== undefined && request[field] !== '')
    // U+2028 and U+2029 too: many mail programs show them as line breaks.
    .map(
      ([field, label]) =>
        `${label}: ${officeValue(field, request[field], interests).replace(/\r\n?|[\n\u2028\u2029]/g, '\n    ')}`,
    );
  // Under the address, unindented (the mail's own line): replying answers the address in Reply-To.
  const warning = lookalikeWarning(String(request.email));
  if (warning) lines.splice(lines.findIndex((line) => line.startsWith(`${fieldLabels.email}: `)) + 1, 0, warning);
  return {
    to,
    replyTo: String(request.email),
    subject: `Delegation visit request ${reference}: ${String(request.institution).slice(0, 80)}`,
    text: [
      `A new delegation visit request has arrived (${reference}).`,
      `Open it in the inbox: ${config.publicUrl}/admin/requests/${reference}`,
      '',
      ...note,
      ...lines,
    ].join('\n'),
  };
}

/** The office that answers requests: its address (OFFICE_EMAIL or the form's contactEmail) and the form's `host`. */
export interface Office {
  email?: string;
  name?: LocalizedName;
  /** The form's points of interest by id, so the office mail names them (see officeValue). */
  interests?: ReadonlyMap<string, LocalizedName>;
}

/**
 * The requester's confirmation: replies go to the office (the text asks to
 * quote the reference in any reply), and the office signs it by name.
 */
export function confirmationMail(
  reference: string,
  request: Record<string, unknown>,
  office: Office = {},
): MailMessage {
  const locale = pickLocale(typeof request.locale === 'string' ? request.locale : undefined, confirmationTexts);
  const text = confirmationTexts[locale] ?? (confirmationTexts.en as (typeof confirmationTexts)['en']);
  const signature = nameIn(office.name, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${String(request.date)}T00:00:00Z`),
  );
  const values = { ref: reference, date, time: String(request.time).slice(0, 5), name: String(request.contactName) };
  return {
    to: String(request.email),
    ...(office.email ? { replyTo: office.email } : {}),
    subject: fill(text.subject, values),
    text: [
      fill(text.greeting, values),
      '',
      fill(text.body, values),
      '',
      ...(signature ? [signature] : []),
      text.closing,
    ].join('\n'),
    headers: { 'Content-Language': locale },
    // From the office by name, in the mail's language, as it signs.
    ...(signature ? { fromName: signature } : {}),
  };
}
