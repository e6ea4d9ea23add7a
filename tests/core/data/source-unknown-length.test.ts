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

  it('hands a large one to the sliced reader', async () => {
    const value = await fetchJson('/api/data/chunked?items=4000', new AbortController().signal, true);
    expect(value).to.deep.equal(expected(4000));
    expect(slicedReaderLoaded()).to.equal(true);
  });

  it('leaves a large body to the browser until it is whole (a Blob), then parses it in slices', async () => {
    // Read as a stream, a body that was all there at once left the browser's pipe in one native
    // task of 60–140 ms on a slow phone.
    let blobs = 0;
    const blob = Response.prototype.blob;
    Response.prototype.blob = function (this: Response) {
      blobs++;
      return blob.call(this);
    };
    try {
      const value = await fetchJson('/api/data/chunked?items=5000', new AbortController().signal, true);
      expect(value).to.deep.equal(expected(5000));
    } finally {
      Response.prototype.blob = blob;
    }
    expect(blobs).to.equal(1);
  });
});
