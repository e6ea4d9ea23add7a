import { expect } from '@open-wc/testing';
import { fetchJson } from '../../../src/core/data/source.js';

/** What /api/data/chunked sends for `count` items (tests/server/data.mjs). */
const expected = (count: number) => ({
  items: Array.from({ length: count }, (_, n) => ({
    n,
    text: `item ${n}: ${'é'.repeat(n % 7)} "quoted" and some words to make it longer`,
  })),
});

const slicedReaderLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('json-body'));

// In this order, in a page of their own: the first must find the sliced reader not yet loaded.
describe('core/data/source: a body of unknown length (no Content-Length)', () => {
  it('reads a small one at once, without asking for the sliced reader', async () => {
    const value = await fetchJson('/api/data/chunked?items=12', new AbortController().signal, true);
    expect(value).to.deep.equal(expected(12));
    expect(slicedReaderLoaded()).to.equal(false);
  });

  it('hands a large one, with what was read of it, to the sliced reader', async () => {
    const value = await fetchJson('/api/data/chunked?items=4000', new AbortController().signal, true);
    expect(value).to.deep.equal(expected(4000));
    expect(slicedReaderLoaded()).to.equal(true);
  });

  it('reads a large body a piece at a time (a byte stream reader), not all that has come at once', async () => {
    // A default reader takes the whole body when it is all there: one native task of 80 ms on a slow phone.
    const modes: string[] = [];
    const getReader = ReadableStream.prototype.getReader;
    ReadableStream.prototype.getReader = function (this: ReadableStream, options?: { mode?: 'byob' }) {
      modes.push(options?.mode ?? 'default');
      return getReader.call(this, options as never);
    } as typeof getReader;
    try {
      const value = await fetchJson('/api/data/chunked?items=5000', new AbortController().signal, true);
      expect(value).to.deep.equal(expected(5000));
    } finally {
      ReadableStream.prototype.getReader = getReader;
    }
    expect(modes[0]).to.equal('byob');
  });
});
