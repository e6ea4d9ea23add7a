/**
 * What a submission is made of: its encoding, its idempotency key and the
 * mailto fallback. Sending is core/controllers/submission.ts. Knows no element.
 */

/** How the body is encoded: JSON (default) or `application/x-www-form-urlencoded`. */
export type Encoding = 'json' | 'form';

/** A flat payload: what both encodings can carry. */
export type Payload = Record<string, string | number | boolean | string[] | undefined>;

/**
 * The action when a form can post to it: an http(s) or relative URL. A
 * `javascript:` or `ftp:` action cannot take a form; sending to it would fail
 * as if the network were down and tell the person to check the connection.
 */
export function postableAction(action: string | undefined, base: string): string | undefined {
  if (!action?.trim()) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(action, base).protocol) ? action : undefined;
  } catch {
    return undefined;
  }
}

/** A fresh idempotency key (a UUID where the browser has one). */
export function newSubmissionId(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** The request body and its content type. Arrays become repeated fields in form encoding. */
export function encodeBody(
  payload: Payload,
  encoding: Encoding,
  fieldNames: Record<string, string> = {},
): { body: string; contentType: string } {
  if (encoding === 'json') {
    // A list stays a list where the page gave Array.prototype a toJSON (Prototype.js turns it into a
    // string): the replacer sees the value before its toJSON, as `this[key]`, and hands it back.
    const lists = function (this: Record<string, unknown>, key: string, value: unknown): unknown {
      return Array.isArray(this[key]) ? this[key] : value;
    };
    return { body: JSON.stringify(payload, lists), contentType: 'application/json' };
  }
  // An empty field is sent as `name=`, as a browser's own form sends it: a handler written for those
  // (a PHP script reading $_POST['phone']) finds every field it expects.
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    const name = fieldNames[key] || key;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
}

/** A `mailto:` URL with a subject and a plain-text body. */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return `mailto:${to
    .split(',')
    // The "@" stays readable: some mail handlers do not decode %40 in the address.
    .map((address) => encodeURIComponent(address.trim()).replace(/%40/g, '@'))
    .join(',')}?${query}`;
}
