import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOf, parseJsonWithLines } from './json-with-lines.ts';

describe('parseJsonWithLines', () => {
  it('keeps "__proto__" as an own key, as JSON.parse does, never as the prototype', () => {
    const text = '[{"__proto__":false},{"__proto__":{"polluted":true}}]';
    const r = parseJsonWithLines(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(JSON.parse(text));
    const [first, second] = r.value as Record<string, unknown>[];
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.hasOwn(second!, '__proto__')).toBe(true);
    expect((second as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('agrees with JSON.parse on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const r = parseJsonWithLines(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('rejects what JSON.parse rejects (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJsonWithLines(text).ok).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it('records the line of each value by path', () => {
    const r = parseJsonWithLines('{\n "a": [\n  1,\n  {"b": 2}\n ]\n}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lines.get('a.0')).toBe(3);
    expect(r.lines.get('a.1.b')).toBe(4);
    expect(lineOf(r.lines, 'a.1.missing')).toBe(4);
  });

  it('reports the line of a syntax error', () => {
    expect(parseJsonWithLines('[1,\n2,\n]')).toMatchObject({ ok: false, line: 3 });
    expect(parseJsonWithLines('{"a": "x\ny"}')).toMatchObject({ ok: false, line: 1 });
  });

  it('words the error for the user, on the line of the offending character', () => {
    expect(parseJsonWithLines('{\n  "a": [1,\n  ]\n}')).toEqual({ ok: false, line: 3, message: 'unexpected "]"' });
    expect(parseJsonWithLines('[1 2]')).toEqual({ ok: false, line: 1, message: 'unexpected "2", expected "," or "]"' });
    expect(parseJsonWithLines('{"a" 1}')).toEqual({ ok: false, line: 1, message: 'unexpected "1", expected ":"' });
    expect(parseJsonWithLines('{"a": 1}\n// note')).toEqual({ ok: false, line: 2, message: 'comments are not allowed in JSON' });
    expect(parseJsonWithLines('[\n"abc')).toEqual({ ok: false, line: 2, message: 'unterminated string: the file ends too early' });
  });

  it('refuses deep nesting with a message, without exhausting the stack', () => {
    expect(parseJsonWithLines('['.repeat(200_000))).toEqual({ ok: false, line: 1, message: 'nested too deeply' });
    expect(parseJsonWithLines(`${'['.repeat(64)}1${']'.repeat(64)}`).ok).toBe(true);
    expect(parseJsonWithLines(`\n${'['.repeat(65)}1${']'.repeat(65)}`)).toEqual({ ok: false, line: 2, message: 'nested too deeply' });
  });

  it('skips a leading byte-order mark, as editors write it', () => {
    expect(parseJsonWithLines('\uFEFF{"a": 1}')).toMatchObject({ ok: true, value: { a: 1 } });
  });
});
