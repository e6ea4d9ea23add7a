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

/** A request shared by every widget that asked for its URL; aborted when the last of them lets go. */
interface SharedRequest {
  result: Promise<unknown>;
  controller: AbortController;
  /** Widgets still waiting for it; undefined once it has settled. */
  waiting?: number;
}

const responseCache = new Map<string, SharedRequest>();

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

/** What a widget does with each outcome of reading its data source. */
export interface SourceHandlers {
  /** A request to `url` has started. */
  loading(url: string): void;
  /** Parsed JSON, from `property`, `inline` or the URL. */
  json(value: unknown, source: string): void;
  error(error: LoadError): void;
  /** No `.data`, no inline script, no `src`. */
  none(): void;
}

/**
 * Reads a widget's JSON by precedence: the `.data` property, else an inline
 * `<script type="application/json">` child, else the `src` URL. Returns the
 * controller of a request under way: abort it when a newer source takes over,
 * and no handler is called for the stale answer.
 */
export function readSource(
  host: Element,
  data: unknown,
  src: string | undefined,
  handlers: SourceHandlers,
  fresh = false,
): AbortController | undefined {
  if (data !== undefined) {
    handlers.json(data, 'property');
    return undefined;
  }
  const inline = inlineJson(host);
  if (inline !== undefined) {
    const parsed = parseJson(inline);
    if (parsed.error !== undefined) {
      handlers.error({ kind: 'json', source: 'inline <script type="application/json">', message: parsed.error });
    } else {
      handlers.json(parsed.value, 'inline');
    }
    return undefined;
  }
  if (!src) {
    handlers.none();
    return undefined;
  }
  const url = absoluteUrl(src, host.ownerDocument.baseURI);
  const controller = new AbortController();
  handlers.loading(url);
  fetchJson(url, controller.signal, fresh).then(
    (json) => {
      if (!controller.signal.aborted) handlers.json(json, url);
    },
    (error: unknown) => {
      if (!controller.signal.aborted) handlers.error(toLoadError(error, url));
    },
  );
  return controller;
}

/** An English description of a load error, for the console and for editors. */
export function describeLoadError(error: LoadError): string {
  switch (error.kind) {
    case 'network':
      return `could not reach ${error.url} (${error.message})`;
    case 'http':
      return `${error.url} answered HTTP ${error.status}`;
    case 'json':
      return `${error.source} is not valid JSON: ${error.message}`;
    case 'invalid':
      return (
        `the data from ${error.source} does not match the format:\n` +
        error.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')
      );
  }
}
