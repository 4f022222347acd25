import { describe, expect, it } from 'vitest';
import { parseUserReading } from './reading-schema.ts';

const valid = {
  id: 'my-reading',
  date: '2026-02-15',
  smallIndex: 'Russell 2000',
  largeIndex: 'S&P 500',
  peSmall: 17.2,
  peLarge: 22.1,
  basis: 'forward',
  source: 'My broker note',
  url: 'https://example.com/note',
};

describe('parseUserReading', () => {
  it('accepts a valid reading and marks it not shipped', () => {
    const r = parseUserReading({ ...valid, shipped: true });
    expect(r).toEqual({ ok: true, reading: { ...valid, shipped: false } });
  });

  it('trims labels', () => {
    const r = parseUserReading({ ...valid, smallIndex: '  Russell 2000 ' });
    expect(r.ok && r.reading.smallIndex).toBe('Russell 2000');
  });

  it.each([
    ['peSmall', 0, 'peSmall: P/E must be > 0'],
    ['peLarge', Number.NaN, 'peLarge'],
    ['peSmall', '15', 'peSmall: P/E must be a number'],
    ['date', '2026-02-30', 'date: date must be YYYY-MM-DD'],
    ['basis', 'ttm', 'basis'],
    ['source', '   ', 'source: a source is required'],
    ['url', 'javascript:alert(1)', 'url'],
    ['id', '', 'id: an id is required'],
  ])('rejects %s = %j with a readable issue', (field, value, issue) => {
    const r = parseUserReading({ ...valid, [field]: value });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.join('\n')).toContain(issue);
  });

  it('accepts earnings-growth estimates with a source; rejects an inverted range', () => {
    const earningsGrowth = { small: { low: 0.17, high: 0.22 }, source: 'Strategist estimates' };
    expect(parseUserReading({ ...valid, earningsGrowth }).ok).toBe(true);
    const bad = parseUserReading({ ...valid, earningsGrowth: { ...earningsGrowth, small: { low: 0.3, high: 0.2 } } });
    expect(bad.ok ? '' : bad.issues.join('\n')).toContain('earningsGrowth.small: low must not exceed high');
  });

  it('rejects non-objects', () => {
    expect(parseUserReading(null).ok).toBe(false);
    expect(parseUserReading('15.6/22.6').ok).toBe(false);
  });
});
