/**
 * One retry policy for loading and sending: network errors, 408, 429 and
 * 5xx are retried with exponential backoff and jitter; `Retry-After`
 * (seconds or an HTTP date) wins over the backoff when the server gives it.
 * Pure except for `fetchWithRetry` and `afterDelay`, which only add timers and
 * `fetch`. One attempt (its time limit, reading the body) is attempt.ts.
 */
import type { RetryResult } from './attempt.js';
import { fetchOnce, isRetryable, RequestFailure } from './attempt.js';

export type { RetryResult } from './attempt.js';
export { isRetryable, RequestFailure } from './attempt.js';

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds or an HTTP date.
 * Undefined when absent or unreadable; never negative.
 */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; bare numbers like "-5" are not dates.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface BackoffOptions {
  /** First delay in milliseconds (default 500), doubled after each attempt. */
  base?: number;
  /** Longest backoff in milliseconds (default 8000). */
  cap?: number;
  /** A number in [0, 1); `Math.random` by default (tests pass a constant). */
  random?: () => number;
  now?: number;
}

/**
 * How long to wait before attempt `attempt + 1` (the first retry follows
 * attempt 1). The server's `Retry-After` when it sent one, else "equal
 * jitter": half of the exponential delay fixed, half random, so many clients
 * that failed together do not come back together.
 */
export function retryDelay(
  attempt: number,
  response?: Pick<Response, 'headers'>,
  { base = 500, cap = 8000, random = Math.random, now }: BackoffOptions = {},
): number {
  const asked = retryAfterMs(response?.headers.get('Retry-After'), now);
  if (asked !== undefined) return asked;
  const exponential = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

export interface RetryOptions extends BackoffOptions {
  /** Cancels the waiting and the request under way. */
  signal?: AbortSignal;
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** Time limit of one attempt in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** A `Retry-After` longer than this ends the attempts instead of waiting (default 10 000 ms). */
  maxWaitMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * `fetch` with the policy above. The body is read inside each attempt, so a
 * connection cut mid-answer is a network error like any other (and retried).
 * Resolves with the last answer (retryable or not) once attempts run out or
 * the server asks for a longer wait than `maxWaitMs`; rejects with a
 * {@link RequestFailure} after network errors or timeouts only, or with the
 * abort reason of `signal`.
 */
export async function fetchWithRetry<Body = string>(
  input: string,
  init: RequestInit,
  options: RetryOptions & { read?: (response: Response, signal: AbortSignal) => Promise<Body> } = {},
): Promise<RetryResult<Body>> {
  const { attempts = 3 } = options;
  for (let attempt = 1; ; attempt++) {
    let result: RetryResult<Body> | undefined;
    try {
      result = await fetchOnce(input, init, options, attempt);
    } catch (error) {
      if (!(error instanceof RequestFailure) || attempt >= attempts) throw error;
    }
    if (result && (!isRetryable(result.response.status) || attempt >= attempts)) return result;
    const next = await afterDelay(attempt, result?.response, () => Promise.resolve(), options);
    if (!next && result) return result;
  }
}

/**
 * Waits as the policy says after attempt `attempt` (the server's
 * `Retry-After`, else the backoff), then makes the next one with `again`.
 * Undefined, without waiting, when the server asks for longer than
 * `maxWaitMs`. (The data elements load this module only for a retry.)
 */
export async function afterDelay<T>(
  attempt: number,
  response: Response | undefined,
  again: () => Promise<T>,
  options: RetryOptions = {},
): Promise<{ value: T } | undefined> {
  const wait = retryDelay(attempt, response, options);
  if (response && wait > (options.maxWaitMs ?? 10000)) return undefined;
  await sleep(wait, options.signal);
  return { value: await again() };
}
