/**
 * JSON text given in pieces, parsed in time slices so that a large response
 * never holds the page in one long task. Loaded only for large bodies
 * (json-body.ts). The outer levels (the top value, and the members of a top
 * object) are built here; each value below them — typically one item of a
 * long list — goes to the browser's `JSON.parse` on its own slice of text.
 * The result is exactly `JSON.parse`'s: the same value, and on any problem
 * this runs `JSON.parse` on the whole text so the error is its own, word for
 * word (position included).
 */

/** What the scanner expects next. */
const enum Expect {
  Value,
  ValueOrClose,
  Key,
  KeyOrClose,
  Colon,
  CommaOrClose,
  End,
}

/** A value being scanned: a string, a nested object/array handed whole to JSON.parse, or a number/literal. */
interface Token {
  start: number;
  kind: 'string' | 'nested' | 'plain';
  /** Where to resume scanning. */
  at: number;
  /** Open brackets (nested only). */
  depth: number;
  /** Inside a string (nested only): the index of its opening quote. */
  quote: number;
}

interface Frame {
  value: unknown[] | Record<string, unknown>;
  key?: string;
}

const space = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const closesPlain = (code: number) => space(code) || code === 44 || code === 93 || code === 125;

/**
 * Index of the quote that ends a string whose text continues from `from`
 * (an even run of backslashes before a quote leaves it unescaped); -1 if the
 * string has not ended within `text`.
 */
function stringEnd(text: string, from: number, opening: number): number {
  for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let slashes = 0;
    while (quote - slashes - 1 > opening && text.charCodeAt(quote - slashes - 1) === 92) slashes++;
    if (slashes % 2 === 0) return quote;
  }
  return -1;
}

type Scheduler = { yield?: () => Promise<void> };
/** Lets the page breathe: `scheduler.yield()` where there is one (it keeps our place in the queue), else a task. */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

export class SlicedJson {
  /** The whole text so far, for JSON.parse's own error message. */
  private readonly pieces: string[] = [];
  /** Text not yet consumed (from the start of the token under way). */
  private text = '';
  private at = 0;
  private expect = Expect.Value;
  private readonly stack: Frame[] = [];
  private token?: Token;
  private root: unknown;
  /** Whether the text went to JSON.parse whole (it is not JSON, or it did not end). */
  failed = false;
  private sliceStart = 0;

  /** `budgetMs`: the longest stretch of work before giving the page a turn. */
  constructor(
    private readonly signal?: AbortSignal,
    private readonly budgetMs = 8,
  ) {}

  /** Takes the next piece of text and parses what it can, yielding between slices. */
  async push(piece: string): Promise<void> {
    this.pieces.push(piece);
    if (this.failed) return;
    const keep = this.token ? this.token.start : this.at;
    this.text = this.text.slice(keep) + piece;
    this.at -= keep;
    if (this.token) {
      this.token.at -= keep;
      if (this.token.quote !== -1) this.token.quote -= keep;
      this.token.start = 0;
    }
    this.sliceStart ||= performance.now();
    for (let steps = 1; this.step(false); steps++) {
      if (steps % 32 === 0 && performance.now() - this.sliceStart > this.budgetMs) {
        await pause();
        this.signal?.throwIfAborted();
        this.sliceStart = performance.now();
      }
    }
  }

  /** {@link end} in a task of its own: what the caller does with the value starts afresh, not after a slice. */
  async finish(): Promise<unknown> {
    await pause();
    return this.end();
  }

  /** The parsed value once all text is in; throws JSON.parse's SyntaxError for text that is not JSON. */
  end(): unknown {
    this.signal?.throwIfAborted();
    while (!this.failed && this.step(true));
    if (this.failed || this.expect !== Expect.End) return JSON.parse(this.pieces.join('')) as unknown;
    return this.root;
  }

  /** One step of scanning; false when more text is needed (or parsing failed). */
  private step(last: boolean): boolean {
    if (this.token) return this.scanToken(this.token, last);
    const { text } = this;
    while (this.at < text.length && space(text.charCodeAt(this.at))) this.at++;
    if (this.at >= text.length) return false;
    const code = text.charCodeAt(this.at);
    const frame = this.stack[this.stack.length - 1];
    switch (this.expect) {
      case Expect.End:
        return this.fail();
      case Expect.Colon:
        if (code !== 58) return this.fail();
        this.at++;
        this.expect = Expect.Value;
        return true;
      case Expect.CommaOrClose:
        if (code === 44) {
          this.at++;
          this.expect = Array.isArray(frame.value) ? Expect.Value : Expect.Key;
          return true;
        }
        return this.close(code, frame);
      case Expect.Key:
      case Expect.KeyOrClose:
        if (code === 34) return this.begin('string');
        return this.expect === Expect.KeyOrClose ? this.close(code, frame) : this.fail();
      default:
        if (code === 93 && this.expect === Expect.ValueOrClose) return this.close(code, frame);
        if (code === 123 || code === 91) return this.open(code);
        if (code === 34) return this.begin('string');
        if (closesPlain(code) || code === 58) return this.fail();
        return this.begin('plain');
    }
  }

  /** The outer levels are built here; anything deeper is one token for JSON.parse. */
  private open(code: number): boolean {
    const depth = this.stack.length;
    if (depth > 1 || (depth === 1 && Array.isArray(this.stack[0].value))) return this.begin('nested');
    this.stack.push({ value: code === 123 ? {} : [] });
    this.at++;
    this.expect = code === 123 ? Expect.KeyOrClose : Expect.ValueOrClose;
    return true;
  }

  private close(code: number, frame: Frame | undefined): boolean {
    if (!frame || code !== (Array.isArray(frame.value) ? 93 : 125)) return this.fail();
    this.at++;
    this.stack.pop();
    return this.deliver(frame.value);
  }

  private begin(kind: Token['kind']): boolean {
    this.token = { start: this.at, kind, at: this.at + 1, depth: kind === 'nested' ? 1 : 0, quote: -1 };
    return true;
  }

  private scanToken(token: Token, last: boolean): boolean {
    const { text } = this;
    let end = -1;
    if (token.kind === 'string') {
      const quote = stringEnd(text, token.at, token.start);
      if (quote !== -1) end = quote + 1;
    } else if (token.kind === 'plain') {
      let index = token.at;
      while (index < text.length && !closesPlain(text.charCodeAt(index))) index++;
      if (index < text.length || last) end = index;
      token.at = index;
    } else end = this.nestedEnd(token);
    if (end === -1) {
      if (token.kind === 'string') token.at = text.length;
      return last ? this.fail() : false;
    }
    this.token = undefined;
    this.at = end;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(token.start, end));
    } catch {
      return this.fail();
    }
    const frame = this.stack[this.stack.length - 1];
    if (frame && !Array.isArray(frame.value) && this.expect !== Expect.Value) {
      frame.key = value as string;
      this.expect = Expect.Colon;
      return true;
    }
    return this.deliver(value);
  }

  /** End of a nested object/array token (after its closing bracket), or -1 if not within the text yet. */
  private nestedEnd(token: Token): number {
    const { text } = this;
    let index = token.at;
    if (token.quote !== -1) {
      const quote = stringEnd(text, index, token.quote);
      if (quote === -1) {
        token.at = text.length;
        return -1;
      }
      token.quote = -1;
      index = quote + 1;
    }
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 34) {
        const quote = stringEnd(text, index + 1, index);
        if (quote === -1) {
          token.quote = index;
          token.at = text.length;
          return -1;
        }
        index = quote;
      } else if (code === 123 || code === 91) token.depth++;
      else if ((code === 125 || code === 93) && --token.depth === 0) return index + 1;
    }
    token.at = index;
    return -1;
  }

  /** A finished value goes into its container, or is the result. */
  private deliver(value: unknown): boolean {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      this.root = value;
      this.expect = Expect.End;
    } else {
      if (Array.isArray(frame.value)) frame.value.push(value);
      // JSON.parse makes "__proto__" an own property; an assignment would set the prototype.
      else
        Object.defineProperty(frame.value, frame.key!, { value, writable: true, enumerable: true, configurable: true });
      this.expect = Expect.CommaOrClose;
    }
    return true;
  }

  private fail(): false {
    this.failed = true;
    this.text = '';
    return false;
  }
}
