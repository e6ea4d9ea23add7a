import { msg, str } from '@lit/localize';
import type { SendFailure, ServerFieldError } from '../controllers/submission.js';
import type { FieldError } from './field-table.js';

export type Failure = SendFailure;

/**
 * Until when to wait, in the reader's language: "at 2:32:05 PM", "v 14:32",
 * or "in 24 hours" (a day's Retry-After is not a clock time nor "in 1,440 minutes").
 */
export function waitText(until: number, locale: string, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  // Under an hour, the clock time: it stays true while the reader waits, where "in 19 seconds"
  // would stand still (a count down in a live region would be read out every second).
  if (seconds < 3600) {
    // Chromium has no Albanian clock and wrote "2:32 PM" on an Albanian page: there, a 24-hour time,
    // which has no words to fall back to English.
    const clock = Intl.DateTimeFormat.supportedLocalesOf(locale).length ? locale : 'en-GB';
    const format = new Intl.DateTimeFormat(clock, { timeStyle: seconds < 600 ? 'medium' : 'short' });
    const time = format.format(until);
    return msg(str`at ${time}`, { id: 'form-wait-at' });
  }
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(Math.ceil(seconds / 3600), 'hour');
}

/** Answers that say the address does not take forms from here (refused, gone, not a form's address). */
export const refusesForms = (failure: Failure): failure is Extract<Failure, { kind: 'http' }> =>
  failure.kind === 'http' && [401, 403, 404, 405, 410].includes(failure.status) && !failure.message;

/** Whether "Try again" can help (after a 413, with a shorter text). */
export const canRetry = (failure: Failure): boolean =>
  failure.kind === 'network' ||
  failure.kind === 'timeout' ||
  failure.kind === 'redirect' ||
  failure.kind === 'busy' ||
  (failure.kind === 'http' && (failure.status >= 500 || failure.status === 413));

/** For a 5xx, a 429 without a time, or no answer in time: the server, not the person's connection. */
const notNow = (): string =>
  msg('The server could not take the form just now. Your entries are kept; try again in a moment.');

/** What to tell the person about a failure; every field is kept in each case. */
export function failureText(failure: Failure, locale: string, now = Date.now()): string {
  switch (failure.kind) {
    case 'no-action':
      return msg('This form cannot be sent: it has no address to send to.');
    case 'network':
      return msg('The form could not be sent. Your entries are kept; check the connection and try again.');
    case 'redirect':
      return msg(
        'The form could not be sent: its address answered with a web page (perhaps a sign-in page) instead of taking the form. Your entries are kept.',
      );
    // No answer in time: the request went out, and the server was slow (not "check the connection").
    case 'timeout':
      return notNow();
    case 'busy':
    case 'invalid':
    case 'http': {
      if (failure.kind === 'busy' && failure.retryAt !== undefined && failure.retryAt > now) {
        const when = waitText(failure.retryAt, locale, now);
        return msg(str`The server is busy just now. Your entries are kept; you can send them again ${when}.`);
      }
      if (failure.kind === 'busy' || failure.status >= 500) return notNow();
      const { message, status } = failure;
      if (message) return msg(str`The request was not accepted: ${message}`);
      // What a person can do about it, not only a code: nothing on this page, for an address that refuses.
      if (refusesForms(failure)) {
        return msg(
          str`The form could not be delivered: its address refused it (HTTP ${status}). Your entries are kept; please let the website's editors know.`,
        );
      }
      return status === 413
        ? msg('The form is too long for its address (HTTP 413). Your entries are kept; shorten the text and try again.')
        : msg(str`The form was not accepted (HTTP ${status}).`);
    }
  }
}

/** A server's field errors under the form's own field names (form encoding may have renamed them). */
export function serverErrors(errors: ServerFieldError[], fieldNames: Record<string, string>): FieldError[] {
  const names = Object.fromEntries(Object.entries(fieldNames).map(([field, sent]) => [sent || field, field]));
  return errors.map(({ field, message }) => ({ field: names[field] ?? field, message: () => message }));
}
