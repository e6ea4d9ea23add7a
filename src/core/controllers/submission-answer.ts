import type { RetryResult } from '../net/retry.js';
import { retryAfterMs } from '../net/retry.js';

/** A server's message about one field (`422 {"errors": [{"field", "message"}]}`). */
export interface ServerFieldError {
  field: string;
  message: string;
}

/** What became of one submission, read from the server's answer. */
export type SendOutcome =
  | { ok: true; status: number; body: unknown; reference?: string }
  | { ok: false; kind: 'network' | 'timeout'; message: string }
  /** Ended at a web page instead of the endpoint's answer: a sign-in page or a firewall. */
  | { ok: false; kind: 'redirect'; status: number; url: string }
  /** 429: the server asks to come back later; `retryAt` is when (epoch ms), if it said. */
  | { ok: false; kind: 'busy'; status: number; retryAt?: number }
  /** Field errors (422 or problem+json) shown at their fields; `message` is the general one. */
  | { ok: false; kind: 'invalid'; status: number; fieldErrors: ServerFieldError[]; message?: string }
  | { ok: false; kind: 'http'; status: number; message?: string; body: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * `email`, `/email`, `#/email` and `lists/0` all name the field `email` /
 * `lists`; so does JSON:API's `/data/attributes/email`.
 */
const fieldName = (pointer: string): string =>
  pointer
    .replace(/^#?\//, '')
    .replace(/^data\/attributes\//, '')
    .split(/[/.[]/)[0];

/** Rails and Laravel key the messages by field: `errors: {"email": ["has already been taken"]}`. */
const keyedFieldErrors = (errors: Record<string, unknown>): ServerFieldError[] =>
  Object.entries(errors).flatMap(([field, messages]) => {
    const message = [messages]
      .flat()
      .map(text)
      .filter((line) => line !== undefined)
      .join(' ');
    return message ? [{ field: fieldName(field), message }] : [];
  });

/**
 * Field errors in the shapes receivers use: `{"errors": [{"field", "message"}]}`
 * (ours), RFC 9457 problem details with `errors: [{"pointer"|"field", "detail"}]`,
 * RFC 7807's `invalid-params: [{"name", "reason"}]`, JSON:API's
 * `errors: [{"source": {"pointer"}, "detail"}]`, and Rails' and Laravel's
 * `errors: {"field": ["message"]}`.
 */
export function fieldErrorsOf(body: unknown): ServerFieldError[] {
  if (!isObject(body)) return [];
  if (isObject(body.errors)) return keyedFieldErrors(body.errors);
  const list = [body.errors, body['invalid-params']].find(Array.isArray) as unknown[] | undefined;
  return (list ?? []).filter(isObject).flatMap((entry) => {
    const source = isObject(entry.source) ? entry.source : {};
    const field = text(entry.field) ?? text(entry.name) ?? text(entry.pointer) ?? text(source.pointer);
    const message = text(entry.message) ?? text(entry.reason) ?? text(entry.detail);
    return field && message ? [{ field: fieldName(field), message }] : [];
  });
}

/** The first error that names no field (`errors: [{"message": "Fully booked"}]`), so it is not lost. */
const looseMessage = (errors: unknown): string | undefined =>
  (Array.isArray(errors) ? errors : [])
    .filter(isObject)
    .map((entry) => text(entry.message) ?? text(entry.detail) ?? text(entry.title))
    .find((line) => line !== undefined);

const parse = (body: string): unknown => {
  try {
    return body ? (JSON.parse(body) as unknown) : undefined;
  } catch {
    return body;
  }
};

/**
 * Reads an answer. A 2xx counts only when it is the endpoint's own answer: a
 * redirect that ends at an HTML page (or any HTML answer to a JSON request)
 * is a failure that must keep every field, as nothing was stored.
 */
export function readAnswer({ response, text: raw }: RetryResult, json: boolean, now = Date.now()): SendOutcome {
  const { status } = response;
  const type = response.headers.get('Content-Type') ?? '';
  const body = parse(raw);
  const html = /html/.test(type) || /^\s*</.test(raw);
  if (response.ok) {
    if (html && (response.redirected || json)) return { ok: false, kind: 'redirect', status, url: response.url };
    return { ok: true, status, body, reference: isObject(body) ? text(body.reference) : undefined };
  }
  const wait = retryAfterMs(response.headers.get('Retry-After'), now);
  // A 503 that says when to come back (maintenance) is as busy as a 429.
  if (status === 429 || (status === 503 && wait !== undefined)) {
    return { ok: false, kind: 'busy', status, retryAt: wait === undefined ? undefined : now + wait };
  }
  // A plain-text answer of a line or two is its own reason ("Invalid e-mail"); a page of HTML is not.
  const message = isObject(body)
    ? (text(body.message) ?? text(body.detail) ?? text(body.title) ?? text(body.error) ?? looseMessage(body.errors))
    : typeof body === 'string' && !html && body.length <= 200
      ? text(body)
      : undefined;
  const fieldErrors = fieldErrorsOf(body);
  if (fieldErrors.length > 0) return { ok: false, kind: 'invalid', status, fieldErrors, message };
  return { ok: false, kind: 'http', status, message, body };
}

/** A submission that did not go through, including one that could not start (no address to send to). */
export type SendFailure = Exclude<SendOutcome, { ok: true }> | { ok: false; kind: 'no-action' };
