import { SlicedJson } from './json-slices.js';
import { parseJson } from './parse-json.js';

/** Bytes decoded at a time: a body that arrived at once (1.8 MB decodes in ~50 ms on a slow phone) is still read in slices. */
const pieceBytes = 64 * 1024;

/**
 * Reads a response body as JSON, like `JSON.parse(await response.text())`
 * (the same value, or the same error message in `error`), parsing it while
 * it arrives, a time slice at a time. Loaded lazily (source.ts), for bodies
 * that may be large. Rejects only when reading fails or `signal` aborts.
 * `budgetMs`: the longest slice of parsing (8 ms unless given).
 */
export async function readJsonBody(
  response: Response,
  signal?: AbortSignal,
  budgetMs?: number,
): Promise<{ value?: unknown; error?: string }> {
  const reader = response.body?.getReader();
  // No body at all (204): what JSON.parse says of an empty text.
  if (!reader) return parseJson('');
  const decoder = new TextDecoder();
  const sliced = new SlicedJson(signal, budgetMs);
  try {
    for (let done = false; !done;) {
      const chunk = await reader.read();
      done = chunk.done;
      // The end (no bytes) flushes the decoder once.
      const bytes = chunk.value ?? new Uint8Array();
      for (let at = 0; at < bytes.length || (done && at === 0); at += pieceBytes)
        await sliced.push(decoder.decode(bytes.subarray(at, at + pieceBytes), { stream: !done }));
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  try {
    return { value: await sliced.finish() };
  } catch (error) {
    signal?.throwIfAborted();
    return { error: (error as SyntaxError).message };
  }
}
