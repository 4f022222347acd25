import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSampleTradingDay, tradingDaysBetween } from './trading-days.ts';

describe('sample trading days', () => {
  it('skips weekends and NYSE holidays (observed)', () => {
    expect(isSampleTradingDay('2021-12-31')).toBe(true); // 2022-01-01 is a Saturday
    expect(isSampleTradingDay('2021-12-24')).toBe(false); // Christmas 2021 on Saturday
    expect(isSampleTradingDay('2024-03-29')).toBe(false); // Good Friday
    expect(isSampleTradingDay('2024-03-09')).toBe(false); // Saturday
  });

  it('counts sessions per year like NYSE', () => {
    expect(tradingDaysBetween('2023-01-01', '2023-12-31')).toHaveLength(250);
    expect(tradingDaysBetween('2024-01-01', '2024-12-31')).toHaveLength(252);
  });
});

const spyCsv = fileURLToPath(new URL('../../../../../shared/data/prices/SPY.csv', import.meta.url));

describe.skipIf(!existsSync(spyCsv))('sample trading days vs real SPY sessions', () => {
  it('matches every real SPY session date 2000–2024-09-12', () => {
    const real = readFileSync(spyCsv, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.slice(0, 10))
      .filter((d) => d >= '2000-01-01');
    const simulated = tradingDaysBetween('2000-01-01', real[real.length - 1]!);
    expect(simulated.length).toBeGreaterThan(6000);
    expect(simulated).toEqual(real);
  });
});
