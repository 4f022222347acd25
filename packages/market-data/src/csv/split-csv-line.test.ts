import { describe, expect, it } from 'vitest';
import { splitCsvLine } from './split-csv-line.ts';

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
