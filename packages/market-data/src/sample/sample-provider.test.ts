import { describe, expect, it } from 'vitest';
import { BadResponse, UnknownSymbol } from '../errors.ts';
import { createSampleProvider } from './sample-provider.ts';

describe('createSampleProvider', () => {
  const now = () => new Date('2024-09-13T02:00:00Z'); // still 2024-09-12 in New York

  it('serves any symbol, simulated, ending on the last trading day ≤ end', async () => {
    const p = createSampleProvider({ seed: 1, now });
    expect(p.id).toBe('sample');
    expect(p.needsKey).toBe(false);
    const s = await p.getDailyBars({ symbol: 'iwm' });
    expect(s.symbol).toBe('IWM');
    expect(s.simulated).toBe(true);
    expect(s.bars.at(-1)!.date).toBe('2024-09-12');
    const weekend = await createSampleProvider({ seed: 1, end: '2024-09-15' }).getDailyBars({ symbol: 'BRK-B' });
    expect(weekend.bars.at(-1)!.date).toBe('2024-09-13');
  });

  it('is deterministic per (seed, symbol, end)', async () => {
    const a = await createSampleProvider({ seed: 5, end: '2024-01-31' }).getDailyBars({ symbol: '^RUT' });
    const b = await createSampleProvider({ seed: 5, end: '2024-01-31' }).getDailyBars({ symbol: '^RUT' });
    const c = await createSampleProvider({ seed: 6, end: '2024-01-31' }).getDailyBars({ symbol: '^RUT' });
    expect(a).toEqual(b);
    expect(c.bars.at(-1)!.close).not.toBe(a.bars.at(-1)!.close);
  });

  it('honours from/to, including a from older than the default 10 years', async () => {
    const p = createSampleProvider({ end: '2024-09-12' });
    const s = await p.getDailyBars({ symbol: 'SPY', from: '2024-03-01', to: '2024-03-31' });
    expect(s.bars[0]!.date).toBe('2024-03-01');
    expect(s.bars.at(-1)!.date).toBe('2024-03-28'); // Good Friday 2024-03-29
    const old = await p.getDailyBars({ symbol: 'SPY', from: '2005-01-01', to: '2005-01-10' });
    expect(old.bars[0]!.date).toBe('2005-01-03');
  });

  it('rejects malformed symbols and dates with typed errors', async () => {
    const p = createSampleProvider({ end: '2024-09-12' });
    await expect(p.getDailyBars({ symbol: '' })).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(p.getDailyBars({ symbol: 'SPY; DROP' })).rejects.toBeInstanceOf(UnknownSymbol);
    await expect(p.getDailyBars({ symbol: 'SPY', from: '2024-02-30' })).rejects.toBeInstanceOf(BadResponse);
  });

  it('propagates an abort', async () => {
    const ac = new AbortController();
    ac.abort(new DOMException('stop', 'AbortError'));
    await expect(
      createSampleProvider().getDailyBars({ symbol: 'SPY', signal: ac.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
