import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, parseCsvRows, splitCsvLine } from './csv-rows.ts';

describe('parseCsvRows', () => {
  it('round-trips any cells through csvCell (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '#', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map(csvCell).join(',')).join('\n');
        const r = parseCsvRows(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.rows.map((x) => x.cells)).toEqual(rows);
      }),
    );
  });

  it('gives each row the line it starts on, across quoted line breaks and CRLF', () => {
    const r = parseCsvRows('a,b\r\n"x\ny",z\r\n\r\n# note\nlast,1');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows.map((x) => x.line)).toEqual([1, 2, 5, 6]);
      expect(r.rows.map((x) => x.comment)).toEqual([false, false, true, false]);
    }
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsvRows('a\n"open,b\nc')).toEqual({ ok: false, line: 2, message: 'a quoted field is never closed' });
  });
});

describe('splitCsvLine', () => {
  it('splits bare fields, keeping empty ones', () => {
    expect(splitCsvLine('a,b,,c')).toEqual(['a', 'b', '', 'c']);
    expect(splitCsvLine('')).toEqual(['']);
  });
  it('keeps commas and doubled quotes inside quotes', () => {
    expect(splitCsvLine('"2024-01-02","1,234.5","say ""hi"""')).toEqual(['2024-01-02', '1,234.5', 'say "hi"']);
  });
  it('returns null for an unclosed quote', () => {
    expect(splitCsvLine('"2024-01-02,1')).toBeNull();
  });
});
