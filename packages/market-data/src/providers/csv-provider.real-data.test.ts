import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCsvProvider } from './csv-provider.ts';

const dir = fileURLToPath(new URL('../../../../../shared/data/prices/', import.meta.url));
const load = async (symbol: string) => {
  const path = `${dir}${symbol}.csv`;
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

describe.skipIf(!existsSync(dir))('CSV provider over the real Yahoo exports', () => {
  const csv = createCsvProvider({ load });

  it.each(['IWM', 'SPY', '^GSPC', '^RUT', 'BRK-B', 'T'])('%s: validated bars, ascending, to 2024-09-12', async (sym) => {
    const s = await csv.getDailyBars({ symbol: sym });
    expect(s.bars.length).toBeGreaterThan(2500);
    expect(s.bars.at(-1)!.date).toBe('2024-09-12');
    for (let i = 1; i < s.bars.length; i++) expect(s.bars[i]!.date > s.bars[i - 1]!.date).toBe(true);
    expect(s.bars.every((b) => Number.isFinite(b.close) && b.close > 0)).toBe(true);
  });

  it('cuts a range: IWM in the first week of September 2024 (Labor Day closed)', async () => {
    const s = await csv.getDailyBars({ symbol: 'IWM', from: '2024-09-01', to: '2024-09-06' });
    expect(s.bars.map((b) => b.date)).toEqual(['2024-09-03', '2024-09-04', '2024-09-05', '2024-09-06']);
  });
});
