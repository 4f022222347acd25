/**
 * A strict JSON parser (RFC 8259) that also records the line on which every value starts, keyed by
 * its dot path ('' for the root, 'watchlists.0.symbols.2'). Import files need this: a validation error
 * must say which LINE of the user's file is wrong, and JSON.parse reports neither lines nor paths.
 * Errors are returned, never thrown: `{ ok: false, line, message }` (lines are 1-based).
 */
export type JsonWithLines = { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; line: number; message: string };

class JsonSyntax extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

export function parseJsonWithLines(text: string): JsonWithLines {
  let i = 0;
  let line = 1;
  const lines = new Map<string, number>();
  const fail = (message: string): never => {
    throw new JsonSyntax(line, message);
  };
  const ws = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };
  const describe = () => (i >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text[i])}`);
  const expect = (c: string) => {
    if (text[i] !== c) fail(`${describe()}, expected "${c}"`);
    i++;
  };
  const string = (): string => {
    expect('"');
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string: the file ends too early');
      const c = text[i++]!;
      if (c === '"') return out;
      if (c === '\n' || c < ' ') fail('control character or line break inside a string');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) {
        out += String.fromCharCode(Number.parseInt(text.slice(i, i + 4), 16));
        i += 4;
      } else fail('bad escape sequence in a string');
    }
  };
  const number = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(describe());
    i += m![0].length;
    return Number(m![0]);
  };
  const value = (path: string, depth: number): unknown => {
    if (depth > 64) fail('nested too deeply');
    ws();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const key = string();
        ws();
        expect(':');
        // An own data property, as JSON.parse makes: `obj[key] =` would set the prototype for "__proto__".
        Object.defineProperty(obj, key, { value: value(join(path, key), depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return obj;
        } else fail(`${describe()}, expected "," or "}"`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(join(path, arr.length), depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return arr;
        } else fail(`${describe()}, expected "," or "]"`);
      }
    }
    if (c === '"') return string();
    for (const [word, val] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return val;
      }
    }
    return number();
  };
  try {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    i = start;
    const out = value('', 0);
    ws();
    if (i < text.length) fail(`unexpected ${JSON.stringify(text[i])} after the end of the data`);
    return { ok: true, value: out, lines };
  } catch (e) {
    if (e instanceof JsonSyntax) return { ok: false, line: e.line, message: e.message };
    throw e;
  }
}

/** Line of the deepest recorded value on `path` (falls back to its parents, then line 1). */
export function lineOf(lines: Map<string, number>, path: string): number {
  let p = path;
  for (;;) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    if (p === '') return 1;
    const cut = p.lastIndexOf('.');
    p = cut < 0 ? '' : p.slice(0, cut);
  }
}
