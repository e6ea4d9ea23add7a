// Checks a JSON Schema cannot make: a date that is in the calendar, not in
// the past and not years ahead, a real time of day, no control characters (PostgreSQL refuses
// NUL outright), no invisible characters in an e-mail address. Field errors in the style of validation.ts.
import type { Body, FieldError } from './validation.js';

const day = 24 * 60 * 60 * 1000;
/**
 * The furthest a requested date may lie ahead, about three years: a request is kept until
 * RETENTION_DAYS after its date, so a typo such as 2207 would keep a person's data for centuries.
 */
const maxAheadDays = 1096;

/** The receiver's today as YYYY-MM-DD (UTC), moved by `days`. */
export function isoDay(now: Date, days = 0): string {
  return new Date(now.getTime() + days * day).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return year >= 1 && month >= 1 && month <= 12 && date >= 1 && date <= (lengths[month - 1] ?? 0);
}

function isTimeOfDay(value: string): boolean {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number];
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

/**
 * The requested date and time: in the calendar, and the date not before today
 * plus `leadDays`, nor more than {@link maxAheadDays} ahead. The date is taken as written; a person west of UTC may
 * still be on yesterday, so one day of slack is allowed.
 */
export function whenErrors(body: Body, now: Date, leadDays = 0): FieldError[] {
  const errors: FieldError[] = [];
  const { date, time } = body;
  if (typeof date === 'string') {
    if (!isCalendarDate(date)) errors.push({ field: 'date', message: 'This is not a date in the calendar.' });
    else if (date < isoDay(now, leadDays - 1)) {
      const message =
        leadDays > 0
          ? `This date is too soon: it must be ${isoDay(now, leadDays)} or later.`
          : 'This date is in the past.';
      errors.push({ field: 'date', message });
    } else if (date > isoDay(now, maxAheadDays)) {
      const message = `This date is too far ahead: it must be ${isoDay(now, maxAheadDays)} or earlier.`;
      errors.push({ field: 'date', message });
    }
  }
  if (typeof time === 'string' && !isTimeOfDay(time)) {
    errors.push({ field: 'time', message: 'This is not a time of day (00:00 to 23:59).' });
  }
  return errors;
}

/**
 * A one-line field (a name, an institution: the office mail's subject) holds no control character
 * (C0, DEL, C1), no line or paragraph separator, and none of the marks that reverse or isolate the
 * text's direction (U+202A–U+202E, U+2066–U+2069): "Brno \u202Egnp.exe" reads as "Brno exe.png".
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const control = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** Free text that may run over lines: tab, line feed and carriage return are allowed, and direction marks. */
// eslint-disable-next-line no-control-regex -- as above
const controlInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A field (or a list's entry) with a C0 control character; `multiLine` names the free-text fields. */
export function controlErrors(body: Body, multiLine: string[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(body)) {
    const pattern = multiLine.includes(field) ? controlInText : control;
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === 'string' && pattern.test(text))) {
      errors.push({ field, message: 'This contains a control character, which is not allowed.' });
    }
  }
  return errors;
}

/**
 * An address with an invisible format character (U+200B zero-width space, a soft hyphen, a
 * direction mark: Unicode's Cf) looks right on screen, and mail servers refuse it. One with a
 * quote, comma, angle bracket or another of an address header's own signs (RFC 5322 specials,
 * legal only in a quoted local part) reads as two addresses once written into To and
 * Reply-To: `"a,b"@x.example` became a reply to `a` and to `b@x.example`. HTML's own e-mail
 * check, which a browser's type=email applies, refuses them too.
 */
export function addressErrors(body: Body): FieldError[] {
  const { email } = body;
  if (typeof email !== 'string') return [];
  if (/\p{Cf}/u.test(email)) {
    const message = 'This contains an invisible character (such as a zero-width space), which is not allowed.';
    return [{ field: 'email', message }];
  }
  return /["(),:;<>[\]\\]/.test(email)
    ? [
        {
          field: 'email',
          message: 'An e-mail address cannot contain quotes, commas, brackets, colons or semicolons here.',
        },
      ]
    : [];
}

/** Adds errors for fields that have none yet: one error per field, as validate() gives. */
export function merged(errors: FieldError[], more: FieldError[]): FieldError[] {
  const result = [...errors];
  for (const error of more) if (!result.some((known) => known.field === error.field)) result.push(error);
  return result;
}
