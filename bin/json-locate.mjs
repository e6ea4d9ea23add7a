// A JSON parser that remembers where every value starts, so a problem found
// at a JSON path (`members[3].city`) can be printed with its line and column,
// and a syntax error says where it is. JSON.parse gives neither.

/** Thrown for text that is not JSON; line and column are 1-based. */
export class JsonSyntaxError extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** The path notation of the widgets' checkers: `a.b[3].c`. */
export const childPath = (base, key) => (typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key);

/**
 * Parses `text`; returns the value and `positions`, a Map from JSON path
 * (the root is '') to `{ line, column }` of the value's first character.
 */
export function parseWithPositions(text) {
  const positions = new Map();
  let index = 0;
  let line = 1;
  let lineStart = 0;

  const where = () => ({ line, column: index - lineStart + 1 });
  const fail = (message) => {
    const { line: at, column } = where();
    throw new JsonSyntaxError(message, at, column);
  };
  const describe = () => (index >= text.length ? 'the end of the file' : `${JSON.stringify(text[index])}`);
  const skipSpace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index])) {
      if (text[index] === '\n') {
        line++;
        lineStart = index + 1;
      }
      index++;
    }
  };
  const expect = (character, what) => {
    skipSpace();
    if (text[index] !== character) fail(`expected ${what}, found ${describe()}`);
    index++;
  };

  function parseString() {
    const start = index;
    index++;
    while (index < text.length && text[index] !== '"') {
      if (text[index] === '\n') fail('unterminated text: a line break inside quotes');
      index += text[index] === '\\' ? 2 : 1;
    }
    if (index >= text.length) fail('unterminated text: the closing quote is missing');
    index++;
    try {
      return JSON.parse(text.slice(start, index));
    } catch {
      index = start;
      return fail('invalid escape sequence in a text');
    }
  }

  function parseValue(path) {
    skipSpace();
    positions.set(path, where());
    const character = text[index];
    if (character === '{') return parseObject(path);
    if (character === '[') return parseArray(path);
    if (character === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(index, index + 400));
    if (!literal) fail(`unexpected ${describe()}`);
    index += literal[0].length;
    return JSON.parse(literal[0]);
  }

  function parseObject(path) {
    index++;
    const result = {};
    skipSpace();
    if (text[index] === '}') {
      index++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (text[index] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
      const key = parseString();
      expect(':', '":" after the property name');
      result[key] = parseValue(childPath(path, key));
      skipSpace();
      if (text[index] === ',') {
        index++;
        skipSpace();
        if (text[index] === '}') fail('a comma before "}" (trailing commas are not JSON)');
        continue;
      }
      if (text[index] === '}') {
        index++;
        return result;
      }
      fail(`expected "," or "}" after a property, found ${describe()}`);
    }
  }

  function parseArray(path) {
    index++;
    const result = [];
    skipSpace();
    if (text[index] === ']') {
      index++;
      return result;
    }
    for (;;) {
      result.push(parseValue(childPath(path, result.length)));
      skipSpace();
      if (text[index] === ',') {
        index++;
        skipSpace();
        if (text[index] === ']') fail('a comma before "]" (trailing commas are not JSON)');
        continue;
      }
      if (text[index] === ']') {
        index++;
        return result;
      }
      fail(`expected "," or "]" after a list item, found ${describe()}`);
    }
  }

  if (text.charCodeAt(0) === 0xfeff) index = 1;
  const value = parseValue('');
  skipSpace();
  if (index < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return { value, positions };
}

/** The position of a path, else of its closest parent that exists (a missing property points at its object). */
export function locate(positions, path) {
  for (let current = path === '(root)' ? '' : path; ; ) {
    const found = positions.get(current);
    if (found) return found;
    if (current === '') return { line: 1, column: 1 };
    current = current.replace(/(?:\[\d+\]|\.?[^.[]+)$/, '');
  }
}
