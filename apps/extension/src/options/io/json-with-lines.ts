/**
 * Strict JSON (RFC 8259: no comments, no trailing commas) read with jsonc-parser, recording the line on
 * which every value starts, keyed by its dot path ('' for the root, 'watchlists.0.symbols.2'). Import
 * files need this: a validation error must say which LINE of the user's file is wrong, and JSON.parse
 * reports neither lines nor paths. jsonc-parser does the scanning and the grammar; this file builds the
 * value (as JSON.parse would: "__proto__" stays an own key), keeps the lines, and words the first
 * error for the user. Errors are returned, never thrown: `{ ok: false, line, message }` (1-based).
 */
import { createScanner, type JSONPath, type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';

export type JsonWithLines = { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; line: number; message: string };

/** A value inside more containers than this is refused, before parsing (jsonc-parser recurses once per level). */
const MAX_DEPTH = 64;
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const pathOf = (path: JSONPath): string => path.join('.');

/**
 * Offset of the first value nested inside more than MAX_DEPTH containers, or -1. Flat (one scanner
 * pass, no recursion), so a file of a million "[" is refused without exhausting the stack.
 */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, true);
  const open: string[] = [];
  let previous = '';
  for (;;) {
    scanner.scan();
    const at = scanner.getTokenOffset();
    const c = text[at] ?? '';
    // What JSON.parse-style descent would read as a value here: an array's first element, a property's value.
    const value = (previous === '[' && c !== ']') || previous === ':';
    if (value && open.length > MAX_DEPTH) return at;
    if (at >= text.length) return -1;
    if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
    previous = c;
  }
}

/** The first syntax error in the user's words; `closer` is what the innermost open container needs. */
function errorMessage(code: ParseErrorCode, text: string, offset: number, length: number, closer: string): string {
  const at = offset >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text[offset])}`;
  switch (printParseErrorCode(code)) {
    case 'CommaExpected':
      return `${at}, expected "," or "${closer}"`;
    case 'ColonExpected':
      return `${at}, expected ":"`;
    case 'PropertyNameExpected':
      return `${at}, expected a property name in double quotes`;
    case 'CloseBraceExpected':
      return `${at}, expected "}"`;
    case 'CloseBracketExpected':
      return `${at}, expected "]"`;
    case 'EndOfFileExpected':
      return `${at} after the end of the data`;
    case 'UnexpectedEndOfString':
      return offset + length >= text.length ? 'unterminated string: the file ends too early' : 'line break inside a string';
    case 'InvalidCharacter':
      return 'control character inside a string';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'bad escape sequence in a string';
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return 'a number is cut short or malformed';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'comments are not allowed in JSON';
    default:
      return at;
  }
}

type Container = unknown[] | Record<string, unknown>;

export function parseJsonWithLines(input: string): JsonWithLines {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const deep = tooDeepAt(text);
  // Parse only up to the too-deep bracket: a syntax error before it is still the one reported.
  const source = deep < 0 ? text : text.slice(0, deep);
  const lines = new Map<string, number>();
  const stack: Container[] = [];
  let key = '';
  let root: unknown;
  let error: { offset: number; line: number; message: string } | undefined;
  const add = (value: unknown, line: number, path: JSONPath) => {
    lines.set(pathOf(path), line + 1);
    const parent = stack.at(-1);
    if (parent === undefined) root = value;
    else if (Array.isArray(parent)) parent.push(value);
    // An own data property, as JSON.parse makes: `parent[key] =` would set the prototype for "__proto__".
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  };
  const open = (container: Container, line: number, path: JSONPath) => {
    add(container, line, path);
    stack.push(container);
  };
  visit(
    source,
    {
      onObjectBegin: (_offset, _length, line, _column, path) => open({}, line, path()),
      onArrayBegin: (_offset, _length, line, _column, path) => open([], line, path()),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (name) => {
        key = name;
      },
      onLiteralValue: (value, _offset, _length, line, _column, path) => add(value, line, path()),
      onError: (code, offset, length, line) => {
        const closer = Array.isArray(stack.at(-1)) ? ']' : '}';
        error ??= { offset, line: line + 1, message: errorMessage(code, source, offset, length, closer) };
      },
    },
    STRICT,
  );
  // With the text cut at `deep`, an error at the cut is the cut's, not the user's.
  if (error && (deep < 0 || error.offset < deep)) return { ok: false, line: error.line, message: error.message };
  if (deep >= 0) return { ok: false, line: lineAt(text, deep), message: 'nested too deeply' };
  return { ok: true, value: root, lines };
}

/** 1-based line of `offset` (CR, LF and CRLF each end a line, as jsonc-parser counts them). */
function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
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
