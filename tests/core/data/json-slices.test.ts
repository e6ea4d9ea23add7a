import { expect } from '@open-wc/testing';
import { readJsonBody } from '../../../src/core/data/json-body.js';
import { SlicedJson } from '../../../src/core/data/json-slices.js';
import { fetchJson, toLoadError } from '../../../src/core/data/source.js';

/** The path of the first difference between two parsed values ('' when they are the same, -0, key order and prototypes included). */
function difference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? '' : path;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path} (prototype)`;
  const keys = Object.keys(a);
  if (keys.join('\u0000') !== Object.keys(b).join('\u0000')) return `${path} (keys)`;
  for (const key of keys) {
    const found = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return '';
}

/** Parses `text` fed in pieces of `size` characters (the whole text when size is 0). */
async function parseInPieces(text: string, size: number, signal?: AbortSignal, budgetMs?: number) {
  const parser = new SlicedJson(signal, budgetMs);
  for (let at = 0; at < text.length || at === 0; at += size || text.length || 1) {
    await parser.push(text.slice(at, size ? at + size : text.length));
  }
  return { value: parser.end(), wholeToJsonParse: parser.failed };
}

type Yielding = { yield: () => Promise<void> };
/**
 * Watches the parser's turns (scheduler.yield): how long each stretch of work
 * between two turns took; `atTurn` runs at each turn. `stop()` restores it.
 */
function watchTurns(atTurn?: () => void) {
  const scheduler = (globalThis as unknown as { scheduler: Yielding }).scheduler;
  const original = scheduler.yield;
  const stretches: number[] = [];
  let since = performance.now();
  scheduler.yield = async () => {
    stretches.push(performance.now() - since);
    atTurn?.();
    await original.call(scheduler);
    since = performance.now();
  };
  return { stretches, stop: () => delete (scheduler as Partial<Yielding>).yield };
}

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

const tricky = [
  '{"a":1,"b":[1,2,{"c":"d"}],"e":{"f":[]}}',
  String.raw`[{"s":"quote \" and \\ and \\\" ]} [{"},"x",["\\"]]`,
  String.raw`{"list":[{"t":"a]b}c{[","u":"\u005d\\","v":"\"}"}],"k":"}","l":"[\"]"}`,
  String.raw`{"č":"Brünn 😀 \ud83d\ude00 \u0000 \ud800","emoji":["😀",{"ü":"ß"}],"\"":"\\"}`,
  '[0,-0,1e3,-1.5E-7,123456789012345678901234567890,0.1,1E+2,-0.0]',
  '{"n":[0,-0,1e400,-1e-400],"m":{"x":-0,"y":5e-324}}',
  '{"__proto__":{"x":1},"a":{"__proto__":[1],"b":{"__proto__":2}},"constructor":2,"toString":"t"}',
  '[{"__proto__":null}]',
  '{"a":1,"b":2,"a":3,"c":{"d":1,"d":[2]}}',
  '{"b":1,"2":2,"1":3,"":4}',
  '42',
  '"x \\"y\\" \\\\"',
  'true',
  'null',
  ' \n\t 7 \r\n',
  '-0',
  '{}',
  '[]',
  '{"a":{},"b":[]}',
  '[[],[[]],{},[{}],"",0,false,null,true]',
  '{"a":{"b":{"c":[[[1,{"d":[{}]}]]]}}}',
  ' { "a" : [ 1 , { "b" : [ "c" , "d" ] } , "e" ] , "f" : { "g" : "h" } , "i" : null } ',
  '{"conferences":[{"year":2020,"city":{"cs":"Brno","de":"Brünn"}},{"year":2021,"city":"Wien"}],"network":{"name":"x"}}',
];

const malformed = [
  '',
  ' ',
  '{',
  '[',
  '[1,]',
  '{"a":1,}',
  '[1 2]',
  '{"a" 1}',
  '{"a":1}}',
  '[1]x',
  '{"a":[1,2}',
  '"abc',
  '{"a":"\u0001"}',
  '{"a":["\u0001"]}',
  '[01]',
  '\u00a0[1]',
  '\ufeff[1]',
  '[tru]',
  '{"a":1 "b":2}',
  '{1:2}',
  '[1,,2]',
  '["a\\x"]',
  '{"a":[{"b":}]}',
  '[1]]',
  '[}',
  '{]',
  'nul',
  '{"a":{"b":1]}',
  '{"a":{"b":1}',
  '{"a":[{"b":1}',
  '{"a":"b":1}',
  '{"a"::1}',
  '[:1]',
  '{"a":1}\u000b',
  '{"a":-}',
  '{"a":[1,2,3]}]',
  '[{"a":[1,2,3}]]',
];

describe('core/data/json-slices', () => {
  it('gives exactly what JSON.parse gives, whatever the pieces', async () => {
    for (const text of tricky) {
      for (const size of [0, 1, 2, 3, 7, 16]) {
        const parsed = await parseInPieces(text, size);
        expect(difference(parsed.value, JSON.parse(text)), `${text} in pieces of ${size}`).to.equal('');
        // Parsed by the slices, not by the JSON.parse of the whole text kept for errors.
        expect(parsed.wholeToJsonParse, `${text} in pieces of ${size}`).to.equal(false);
      }
    }
  });

  it("reports JSON.parse's own error for text that is not JSON", async () => {
    for (const text of malformed) {
      const expected = errorOf(() => JSON.parse(text));
      expect(expected, text).not.to.equal('no error');
      for (const size of [0, 1, 3]) {
        let message = 'no error';
        await parseInPieces(text, size).catch((error: Error) => (message = error.message));
        expect(message, `${JSON.stringify(text)} in pieces of ${size}`).to.equal(expected);
      }
    }
  });

  it('stops when its signal aborts, with the abort reason', async () => {
    const controller = new AbortController();
    const text = JSON.stringify({
      items: Array.from({ length: 20000 }, (_, index) => ({ index, name: `Item ${index}` })),
    });
    const turns = watchTurns(() => controller.abort(new Error('stop')));
    let reason: unknown;
    await parseInPieces(text, 4096, controller.signal, 0)
      .catch((error: unknown) => (reason = error))
      .finally(turns.stop);
    expect(turns.stretches.length).to.equal(1);
    expect((reason as Error | undefined)?.message).to.equal('stop');
  });
});

/** A body as the browser keeps it once it has all come. */
const blobOf = (text: string) => new Blob([text]);

const bigText = () =>
  JSON.stringify({
    network: { name: 'Network', url: 'https://example.org/' },
    items: Array.from({ length: 12000 }, (_, index) => ({
      year: 1990 + (index % 40),
      city: index % 2 ? `City ${index}` : { cs: `Město ${index}`, en: `City ${index} "quoted" \\ [x]` },
      topic: { cs: `Téma ${index}: doprava 😀 {}`, en: `Topic ${index}: transport and waste in cities` },
      tags: [index, -index / 3, index % 3 === 0, null],
    })),
  });

describe('core/data/json-body', () => {
  it('parses a 2 MB body in slices: the page gets turns while it is parsed', async () => {
    const text = bigText();
    expect(text.length).to.be.above(2e6);
    const turns = watchTurns();
    const parsed = await readJsonBody(blobOf(text), undefined, 2).finally(turns.stop);
    expect(difference(parsed.value, JSON.parse(text))).to.equal('');
    expect((await parseInPieces(text, 65536)).wholeToJsonParse).to.equal(false);
    // One JSON.parse would give the page no turn at all; here the work comes in many short stretches.
    // (The median, not the longest: a busy machine may stop the tab's thread for a while in any stretch.)
    expect(turns.stretches.length).to.be.above(10);
    const sorted = [...turns.stretches].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).to.be.below(20);
  });

  it('gives the same value and errors as JSON.parse for small and large bodies', async () => {
    const small = '{"a":[1,"\\u00e9"]}';
    expect(await readJsonBody(blobOf(small))).to.deep.equal({ value: JSON.parse(small) });
    expect((await readJsonBody(blobOf('{"a":'))).error).to.equal(errorOf(() => JSON.parse('{"a":')));
    const broken = `${bigText().slice(0, -200)}]]`;
    expect(broken.length).to.be.above(1e6);
    expect((await readJsonBody(blobOf(broken))).error).to.equal(errorOf(() => JSON.parse(broken)));
  });

  it('reads through fetchJson: a large file, and a large broken one as a JSON problem', async () => {
    const text = bigText();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const value = await fetchJson(url, new AbortController().signal);
    expect(difference(value, JSON.parse(text))).to.equal('');
    const broken = URL.createObjectURL(new Blob([`${text.slice(0, 300000)}x`], { type: 'application/json' }));
    const problem = await fetchJson(broken, new AbortController().signal).catch((error: unknown) =>
      toLoadError(error, broken),
    );
    expect(problem).to.deep.include({ kind: 'json', source: broken });
    expect((problem as { message: string }).message).to.equal(errorOf(() => JSON.parse(`${text.slice(0, 300000)}x`)));
  });

  it('stops reading when aborted', async () => {
    const controller = new AbortController();
    const turns = watchTurns(() => controller.abort(new Error('gone')));
    let reason: unknown;
    await readJsonBody(blobOf(bigText()), controller.signal, 0)
      .catch((error: unknown) => (reason = error))
      .finally(turns.stop);
    expect(turns.stretches.length).to.equal(1);
    expect((reason as Error | undefined)?.message).to.equal('gone');
  });
});
