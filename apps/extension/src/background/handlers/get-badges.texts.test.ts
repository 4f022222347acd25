import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { getBadges } from './get-badges.ts';
import { fakeCtx, sampleBars } from '../../test/worker.ts';

describe('get-badges: badge texts (worker-built)', () => {
  it('every ticker and the market context get both densities, with the worker settings’ RS window', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.comparison.rsWindow = '6M';
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM', 'AAPL']), settings });
    const reply = await getBadges({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL', 'ZZZZ'] }, ctx);
    const texts = reply.texts;
    expect(Object.keys(texts.tickers).sort()).toEqual(Object.keys(reply.tickers).sort());
    const aapl = texts.tickers['AAPL']!;
    expect(aapl.rs.full.text).toMatch(/^[▲▼■] RS .* 6M$/);
    expect(aapl.rs.compact.text).not.toContain('6M');
    expect(aapl.streak.full.kind).toBe('streak');
    expect(aapl.discount.full.kind).toBe('discount');
    expect(aapl.rs.full.note).toBe('SIMULATED'); // sample data is labelled on every badge
    expect(aapl.streak.full.note).toBe('SIMULATED');
    expect(texts.tickers['ZZZZ']!.rs.full).toMatchObject({ state: 'unknown', text: 'RS n/a — unknown symbol' });
    expect(texts.rotation.full.text).toMatch(/^IWM vs SPY: /);
    expect(texts.rotation.compact.text).toMatch(/^IWM\/SPY: /);
  });
});
