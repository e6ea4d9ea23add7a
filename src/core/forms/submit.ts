/**
 * Form submission shared by the form elements: encoding, timeout, retries
 * with backoff, one idempotency key per submission, drafts, spam checks and
 * the mailto fallback. Knows no element.
 */

/** How the body is encoded: JSON (default) or `application/x-www-form-urlencoded`. */
export type Encoding = 'json' | 'form';
export const encodings: readonly Encoding[] = ['json', 'form'];

/** A flat payload: what both encodings can carry. */
export type Payload = Record<string, string | number | boolean | string[] | undefined>;

export interface SubmitOptions {
  /** The endpoint (absolute, or relative to `base`). */
  action: string;
  base?: string;
  encoding?: Encoding;
  payload: Payload;
  /** Sent as the `Idempotency-Key` header and as `submissionId` in the body. */
  submissionId: string;
  /** Renames body fields for form encoding, e.g. `{ email: 'EMAIL' }`. */
  fieldNames?: Record<string, string>;
  /** Per attempt, in milliseconds (default 10 000). */
  timeout?: number;
  /** Extra attempts after a network error, a timeout or a 5xx (default 2). */
  retries?: number;
  /** First backoff delay in milliseconds, doubled after each attempt (default 500). */
  backoff?: number;
}

/** What became of a submission. */
export type SubmitResult =
  | { ok: true; status: number; body: unknown; attempts: number }
  | {
      ok: false;
      kind: 'network' | 'timeout' | 'http';
      status?: number;
      /** The server's JSON `message`, when it gave one. */
      message?: string;
      body?: unknown;
      attempts: number;
    };

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
    return { body: JSON.stringify(payload), contentType: 'application/json' };
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === '') continue;
    const name = fieldNames[key] || key;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === globalThis.location?.origin;
  } catch {
    return false;
  }
}

/** The parsed answer. A body cut short rejects: a truncated answer confirms nothing. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return text;
  }
}

const messageOf = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : undefined;

/**
 * POSTs a submission. Network errors, timeouts and 5xx answers are retried
 * with backoff under the same idempotency key, so the server can store the
 * request once; a 4xx answer is final and its JSON `message` is returned.
 * Never rejects.
 */
export async function submit(options: SubmitOptions): Promise<SubmitResult> {
  const { encoding = 'json', timeout = 10000, retries = 2, backoff = 500 } = options;
  const url = new URL(options.action, options.base ?? globalThis.location?.href).href;
  const { body, contentType } = encodeBody(
    { ...options.payload, submissionId: options.submissionId },
    encoding,
    options.fieldNames,
  );
  const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' };
  // A custom header makes a cross-origin request preflighted; a plain form
  // endpoint of a mail service would refuse it, so form encoding sends the key
  // in the body only when the action is on another origin.
  if (encoding === 'json' || sameOrigin(url)) headers['Idempotency-Key'] = options.submissionId;

  let last: SubmitResult = { ok: false, kind: 'network', attempts: 0 };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (attempt > 1) await sleep(backoff * 2 ** (attempt - 2));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: controller.signal,
        credentials: 'same-origin',
      });
      const answer = await readBody(response);
      if (response.ok) return { ok: true, status: response.status, body: answer, attempts: attempt };
      last = {
        ok: false,
        kind: 'http',
        status: response.status,
        message: messageOf(answer),
        body: answer,
        attempts: attempt,
      };
      if (response.status < 500) return last;
    } catch (error) {
      last = {
        ok: false,
        kind: controller.signal.aborted ? 'timeout' : 'network',
        message: error instanceof Error ? error.message : String(error),
        attempts: attempt,
      };
    } finally {
      clearTimeout(timer);
    }
  }
  return last;
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

/** Values a person typed, kept per form in sessionStorage. */
export type Draft = Record<string, string | boolean | string[]>;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed frame)
  }
}

export function loadDraft(key: string): Draft | undefined {
  try {
    const text = storage()?.getItem(key);
    const value = text ? (JSON.parse(text) as unknown) : undefined;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // quota or blocked storage: the form still works, only without a draft
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

/** Why a submission looks automated: the honeypot was filled, or the form was filled too fast. */
export type SpamReason = 'honeypot' | 'too-fast';

export function spamCheck(
  honeypot: string,
  startedAt: number,
  minFillSeconds: number,
  now = Date.now(),
): SpamReason | undefined {
  if (honeypot.trim() !== '') return 'honeypot';
  if (now - startedAt < minFillSeconds * 1000) return 'too-fast';
  return undefined;
}
