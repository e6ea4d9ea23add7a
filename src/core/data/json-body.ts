import { SlicedJson } from './json-slices.js';
import { parseJson } from './parse-json.js';

/** Bytes read and decoded at a time: read whole, 1.8 MB was one native task of 50 ms and a decode of 30 ms on a slow phone. */
const pieceBytes = 64 * 1024;

/**
 * Reads a body (whole, in a Blob) as JSON, like `JSON.parse(await blob.text())`
 * (the same value, or the same error message in `error`), a piece at a time,
 * each parsed in time slices. Loaded lazily (source.ts), for bodies that may
 * be large. Rejects only when reading fails or `signal` aborts.
 * `budgetMs`: the longest slice of parsing (8 ms unless given).
 */
export async function readJsonBody(
  body: Blob,
  signal?: AbortSignal,
  budgetMs?: number,
): Promise<{ value?: unknown; error?: string }> {
  if (!body.size) return parseJson('');
  const decoder = new TextDecoder();
  const sliced = new SlicedJson(signal, budgetMs);
  for (let at = 0; at < body.size; at += pieceBytes) {
    const bytes = await body.slice(at, at + pieceBytes).arrayBuffer();
    signal?.throwIfAborted();
    // A character cut between two pieces is completed by the next (stream); the last flushes.
    await sliced.push(decoder.decode(bytes, { stream: at + pieceBytes < body.size }));
  }
  try {
    return { value: await sliced.finish() };
  } catch (error) {
    signal?.throwIfAborted();
    return { error: (error as SyntaxError).message };
  }
}
