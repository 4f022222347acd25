import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTradingDay, tradingDays } from './index.ts';

/**
 * Ground truth for the calendar: real daily histories. Every bar date must be a session, and every session
 * in the file's range must have a bar. Skips cleanly when ../shared/data is absent.
 */
const DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

function barDates(relPath: string): string[] {
  const text = readFileSync(DATA + relPath, 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.slice(0, 10))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
}

function mismatches(dates: string[]) {
  const have = new Set(dates);
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return {
    barsOnClosedDays: dates.filter((d) => !isTradingDay(d)),
    sessionsWithoutBar: tradingDays(first, last).filter((d) => !have.has(d)),
  };
}

describe.skipIf(!existsSync(`${DATA}prices/SPY.csv`))('NYSE calendar vs real SPY history', () => {
  it('prices/SPY.csv 1993-01-29 … 2024-09-12: no mismatch either way', () => {
    const dates = barDates('prices/SPY.csv');
    expect(dates.length).toBeGreaterThan(7900);
    expect(dates[0]).toBe('1993-01-29');
    expect(mismatches(dates)).toEqual({ barsOnClosedDays: [], sessionsWithoutBar: [] });
  });

  it.skipIf(!existsSync(`${DATA}long/SPY.csv`))('long/SPY.csv (to 2026, incl. the 2025-01-09 Carter closure): no mismatch', () => {
    const dates = barDates('long/SPY.csv');
    expect(dates[dates.length - 1]! >= '2025-06-30').toBe(true);
    expect(dates).not.toContain('2025-01-09');
    expect(mismatches(dates)).toEqual({ barsOnClosedDays: [], sessionsWithoutBar: [] });
  });

  it('^GSPC (from 1990) and IWM agree with the calendar too', () => {
    for (const file of ['prices/^GSPC.csv', 'prices/IWM.csv']) {
      if (!existsSync(DATA + file)) continue;
      const dates = barDates(file);
      expect({ file, ...mismatches(dates) }).toEqual({ file, barsOnClosedDays: [], sessionsWithoutBar: [] });
    }
  });
});
