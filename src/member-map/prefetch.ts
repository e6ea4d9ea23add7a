import { absoluteUrl, fetchJson, inlineJson } from '../core/data/source.js';

/**
 * Asks for an element's `src` data into the page-wide request cache, which
 * the element's data source then joins (the same request, not a second one).
 * Returns the function that lets go of it: from then on the request lives as
 * long as the data source waits for it.
 */
export function prefetchData(host: HTMLElement, src: string | undefined, data: unknown): () => void {
  if (!src || data !== undefined || inlineJson(host) !== undefined) return () => undefined;
  const controller = new AbortController();
  fetchJson(absoluteUrl(src, host.ownerDocument.baseURI), controller.signal).catch(() => undefined);
  return () => controller.abort();
}
