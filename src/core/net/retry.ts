/**
 * One retry policy for loading and sending: network errors, 408, 429 and
 * 5xx are retried with exponential backoff and jitter; `Retry-After`
 * (seconds or an HTTP date) wins over the backoff when the server gives it.
 * Pure except for `fetchWithRetry`, which only adds timers and `fetch`.
 */

/** Whether an HTTP status is worth another attempt (the request may succeed later). */
export const isRetryable = (status: number): boolean => status === 408 || status === 429 || status >= 500;

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

/** Why `fetchWithRetry` gave up without a response. */
export class RequestFailure extends Error {
  constructor(
    readonly kind: 'network' | 'timeout',
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
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

/** A response whose body was read within the attempt (`response.text()` is spent). */
export interface RetryResult<Body = string> {
  response: Response;
  /** The body as text, or as `read` gave it. */
  text: Body;
  /** Attempts made, the first included. */
  attempts: number;
}

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
  const { signal, attempts = 3, timeoutMs = 10000, maxWaitMs = 10000 } = options;
  // How the body is read within the attempt (as text unless the caller reads it its own way).
  const read = options.read ?? ((answer: Response) => answer.text() as Promise<Body>);
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let response: Response | undefined;
    let text = undefined as Body;
    let failure: RequestFailure | undefined;
    try {
      const answer = await fetch(input, { ...init, signal: controller.signal });
      text = await read(answer, controller.signal);
      response = answer;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      failure = new RequestFailure(
        timedOut ? 'timeout' : 'network',
        error instanceof Error ? error.message : String(error),
        attempt,
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    const last = attempt >= attempts;
    if (response && (!isRetryable(response.status) || last)) return { response, text, attempts: attempt };
    if (failure && last) throw failure;
    const wait = retryDelay(attempt, response, options);
    if (response && wait > maxWaitMs) return { response, text, attempts: attempt };
    await sleep(wait, signal);
  }
}
