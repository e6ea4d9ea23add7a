import type { Issue } from './validate.js';
import { parseJson } from './validate.js';

/** Why data could not be shown. */
export type LoadError =
  | { kind: 'network'; url: string; message: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; source: string; message: string }
  | { kind: 'invalid'; source: string; issues: Issue[] };

/** Where the data of a widget comes from, in order of precedence. */
export type DataSource =
  | { kind: 'property'; value: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'none' };

/** A network failure or a server error is worth retrying; a 404 or bad JSON is not. */
export const isRetryable = (error: LoadError): boolean =>
  error.kind === 'network' ||
  (error.kind === 'http' && (error.status >= 500 || error.status === 429 || error.status === 408));

const responseCache = new Map<string, Promise<unknown>>();

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
  let pending = responseCache.get(url);
  if (!pending) {
    pending = requestJson(url, signal);
    responseCache.set(url, pending);
    pending.catch(() => responseCache.delete(url));
  }
  // A cached request started by another widget must not outlive our abort.
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    pending.then(resolve, reject);
  });
}

async function requestJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadFailure({ kind: 'network', url, message: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new LoadFailure({ kind: 'http', url, status: response.status });
  const text = await response.text();
  const parsed = parseJson(text);
  if (parsed.error !== undefined) throw new LoadFailure({ kind: 'json', source: url, message: parsed.error });
  return parsed.value;
}

/** Turns whatever `fetchJson` rejected with into a LoadError (or rethrows an abort). */
export function toLoadError(error: unknown, url: string): LoadError {
  if (error instanceof LoadFailure) return error.reason;
  return { kind: 'network', url, message: error instanceof Error ? error.message : String(error) };
}

/** The text of an inline `<script type="application/json">` child, if there is one. */
export function inlineJson(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** Whether the element has light-DOM content to show as a no-JavaScript fallback. */
export function hasFallbackContent(host: Element): boolean {
  return Array.from(host.childNodes).some(
    (node) =>
      (node instanceof Element && !(node instanceof HTMLScriptElement) && !(node instanceof HTMLTemplateElement)) ||
      (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
}
