import type { LoadError } from './problems.js';
import { isBusy } from './problems.js';
// Light-DOM helpers live apart so a form can use them without the loading code.
export { hasFallbackContent, inlineJson } from './inline.js';
import { parseJson } from './parse-json.js';
import type { RetryResult } from '../net/attempt.js';
import { fetchOnce, isRetryable, RequestFailure } from '../net/attempt.js';

/** A request shared by every widget that asked for its URL; aborted when the last of them lets go. */
interface SharedRequest {
  result: Promise<unknown>;
  controller: AbortController;
  /** Widgets still waiting for it; undefined once it has settled. */
  waiting?: number;
}

const responseCache = new Map<string, SharedRequest>();

/**
 * Elements whose `src` their file's early code (early.ts) saw to before they
 * were defined: asked for, or left alone as a page script had set their
 * `data` (which Lit gives back only at the first update).
 */
export const srcSeenEarly = new WeakSet<Element>();

/** Absolute form of a data URL, as the cache key and for messages. */
export function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

class LoadFailure extends Error {
  constructor(readonly reason: LoadError) {
    super(reason.kind);
  }
}

/**
 * Fetches and parses JSON from a URL. Successful responses are shared by URL
 * (two widgets on one page make one request); `fresh` skips that cache (retry).
 * Rejects with a {@link LoadError}; an abort rejects with the abort reason.
 */
export async function fetchJson(url: string, signal: AbortSignal, fresh = false): Promise<unknown> {
  if (fresh) responseCache.delete(url);
  let shared = responseCache.get(url);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = { result: requestJson(url, controller.signal), controller, waiting: 0 };
    request.result.then(
      () => (request.waiting = undefined),
      () => {
        request.waiting = undefined;
        if (responseCache.get(url) === request) responseCache.delete(url);
      },
    );
    responseCache.set(url, request);
    shared = request;
  }
  const request = shared;
  if (request.waiting !== undefined) request.waiting++;
  return new Promise((resolve, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason);
        // The network request stops only when no other widget still waits for it.
        if (request.waiting !== undefined && --request.waiting === 0) {
          request.controller.abort();
          if (responseCache.get(url) === request) responseCache.delete(url);
        }
      },
      { once: true },
    );
    request.result.then(resolve, reject);
  });
}

/** Below this size a body is small enough to parse in one go. */
const smallBody = 32 * 1024;

/**
 * The body as JSON: a small one (by its Content-Length) at once. Any other is
 * left to the browser until it is whole (a Blob: read as it came, a body that
 * was all there at once, from a server nearby or a fast network, left the
 * browser's pipe in one native task, 60–140 ms for 1.8 MB on a slow phone,
 * 4× CPU), then parsed by the lazy sliced reader in time slices; if that code
 * does not load, JSON.parse reads it in one go. An error answer's body is not read.
 */
async function read(response: Response, signal: AbortSignal): Promise<{ value?: unknown; error?: string }> {
  if (!response.ok) return {};
  // A sign-in page or a CMS's "not found" page answers 200 with HTML: say so, not "Unexpected token '<'".
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('html'))
    return {
      error: `the server sent a web page (${type}), not JSON; a sign-in page?`,
    };
  if (Number(response.headers.get('Content-Length') ?? NaN) < smallBody) return parseJson(await response.text());
  const blob = await response.blob();
  if (blob.size < smallBody) return parseJson(await blob.text());
  const sliced = await import('./json-body.js').catch(() => undefined);
  return sliced ? sliced.readJsonBody(blob, signal) : parseJson(await blob.text());
}

type Answer = RetryResult<{ value?: unknown; error?: string }>;

/**
 * One automatic retry, after a network error, a time-out, 408, 429 or 5xx
 * (the reader has a Try again button for longer outages), by the policy of
 * loading and sending (core/net/retry.ts: Retry-After, backoff), which loads
 * only then. Undefined when there is none: the server asked for a longer wait,
 * or the policy's code did not load.
 */
async function retried(attempt: () => Promise<Answer>, response: Response | undefined, signal: AbortSignal) {
  const policy = await import('../net/retry.js').catch(() => undefined);
  return (await policy?.afterDelay(1, response, attempt, { signal }))?.value;
}

/**
 * When a busy server (429, 503) said to come back, by URL. A load of that URL
 * before then ("Try again", another widget) waits (loading) for that time, up
 * to a minute: asking sooner only brings the same answer.
 */
const busyUntil = new Map<string, number>();

async function requestJson(url: string, signal: AbortSignal): Promise<unknown> {
  const wait = (busyUntil.get(url) ?? 0) - Date.now();
  if (wait > 0 && wait <= 60000) await new Promise((resolve) => setTimeout(resolve, wait));
  const init = { credentials: 'same-origin', headers: { Accept: 'application/json' } } as const;
  const attempt = (number: number) => () => fetchOnce(url, init, { signal, read }, number);
  let answer: Answer;
  try {
    answer = await attempt(1)().then(
      async (first) =>
        (isRetryable(first.response.status) && (await retried(attempt(2), first.response, signal))) || first,
      async (error: unknown) => {
        if (signal.aborted || !(error instanceof RequestFailure)) throw error;
        return (await retried(attempt(2), undefined, signal)) ?? Promise.reject(error);
      },
    );
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadFailure(toLoadError(error, url));
  }
  const { status, headers } = answer.response;
  if (!answer.response.ok) {
    // The policy is here already: a 429 or 503 was retried through it.
    if (isBusy(status)) {
      const policy = await import('../net/retry.js').catch(() => undefined);
      busyUntil.set(url, Date.now() + (policy?.retryAfterMs(headers.get('Retry-After')) ?? 0));
    }
    throw new LoadFailure({ kind: 'http', url, status });
  }
  const parsed = answer.text;
  // Where a redirect ended goes with the source (for editors and the console), not in the message,
  // which readers see too: a sign-in address may carry a return address or a token.
  if (parsed.error !== undefined) {
    const source = answer.response.redirected ? `${url}, after a redirect to ${answer.response.url}` : url;
    throw new LoadFailure({ kind: 'json', source, message: parsed.error });
  }
  return parsed.value;
}

const isCrossOrigin = (url: string): boolean => {
  try {
    return new URL(url).origin !== globalThis.location?.origin;
  } catch {
    return false;
  }
};

/** Turns whatever `fetchJson` rejected with into a LoadError (or rethrows an abort). */
export function toLoadError(error: unknown, url: string): LoadError {
  if (error instanceof LoadFailure) return error.reason;
  // The browser reports a CORS refusal exactly like a lost connection; only the origin tells them apart.
  const timeout = error instanceof RequestFailure && error.kind === 'timeout';
  return {
    kind: 'network',
    url,
    message: timeout ? 'no answer in time' : error instanceof Error ? error.message : String(error),
    crossOrigin: isCrossOrigin(url),
    timeout,
  };
}
