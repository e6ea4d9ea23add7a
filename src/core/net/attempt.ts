/**
 * One attempt of a request with a time limit, its body read within it (a
 * connection cut mid-answer is a network error like any other), and whether
 * its answer is worth another. The policy for the next attempt is retry.ts,
 * which the data elements load only when they need it.
 */

/** Whether an HTTP status is worth another attempt (the request may succeed later); data/problems.ts has the same rule. */
export const isRetryable = (status: number): boolean => status === 408 || status === 429 || status >= 500;

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

/** A response whose body was read within the attempt (`response.text()` is spent). */
export interface RetryResult<Body = string> {
  response: Response;
  /** The body as text, or as `read` gave it. */
  text: Body;
  /** Attempts made, the first included. */
  attempts: number;
}

export interface AttemptOptions<Body> {
  /** Cancels the request under way. */
  signal?: AbortSignal;
  /** Time limit of the attempt in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** How the body is read within the attempt (as text unless the caller reads it its own way). */
  read?: (response: Response, signal: AbortSignal) => Promise<Body>;
}

/**
 * Attempt number `attempt`: the answer with its body, whatever its status.
 * Rejects with a {@link RequestFailure} after a network error or the time
 * limit, or with the abort reason of `signal`.
 */
export async function fetchOnce<Body = string>(
  input: string,
  init: RequestInit,
  { signal, timeoutMs = 10000, read = (answer) => answer.text() as Promise<Body> }: AttemptOptions<Body> = {},
  attempt = 1,
): Promise<RetryResult<Body>> {
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(input, { ...init, signal: controller.signal });
    return { response, text: await read(response, controller.signal), attempts: attempt };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new RequestFailure(
      timedOut ? 'timeout' : 'network',
      error instanceof Error ? error.message : String(error),
      attempt,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
