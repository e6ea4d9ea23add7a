import type { SlicedJson } from './json-slices.js';
import { parseJson } from './validate.js';

/** Above this many characters a body is parsed in time slices (JSON.parse of 256 K takes ~15 ms on a slow phone). */
export const slicedFrom = 256 * 1024;
/** Decoded a piece at a time, so that a body that arrived at once is still parsed between the page's own tasks. */
const pieceBytes = 64 * 1024;

/**
 * Reads a response body as JSON, like `JSON.parse(await response.text())`
 * (the same value, or the same error message in `error`). A body over
 * {@link slicedFrom} characters loads the time-sliced parser and is parsed
 * while it arrives, a slice at a time; if that code cannot load, JSON.parse
 * does it in one go. Rejects only when reading fails or `signal` aborts.
 * `budgetMs`: the longest slice of parsing (8 ms unless given).
 */
export async function readJsonBody(
  response: Response,
  signal?: AbortSignal,
  budgetMs?: number,
): Promise<{ value?: unknown; error?: string }> {
  const reader = response.body?.getReader();
  if (!reader) return parseJson(await response.text());
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let length = 0;
  let sliced: SlicedJson | undefined;
  let fallback = false;
  const take = async (piece: string) => {
    if (sliced) return sliced.push(piece);
    pieces.push(piece);
    length += piece.length;
    if (length <= slicedFrom || fallback) return;
    try {
      sliced = new (await import('./json-slices.js')).SlicedJson(signal, budgetMs);
    } catch {
      fallback = true; // the code did not load: JSON.parse in one go, as for a small body
      return;
    }
    for (const earlier of pieces.splice(0)) await sliced.push(earlier);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let offset = 0; offset < value.length; offset += pieceBytes)
        await take(decoder.decode(value.subarray(offset, offset + pieceBytes), { stream: true }));
    }
    await take(decoder.decode());
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  if (!sliced) return parseJson(pieces.join(''));
  try {
    return { value: await sliced.finish() };
  } catch (error) {
    signal?.throwIfAborted();
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
