import { createSampleProvider } from '@rotation-lens/market-data';
import type { SeriesSource } from './series-source.ts';

/**
 * `--provider sample`: the seeded simulator, straight from the provider (no cache, no network), so it works
 * offline. Every series is marked simulated; the report labels it SIMULATED.
 */
export function createSampleSource(now?: () => Date): SeriesSource {
  const provider = createSampleProvider(now ? { now } : {});
  return {
    label: 'sample simulator',
    async load(symbol) {
      const series = await provider.getDailyBars({ symbol });
      return { symbol, bars: series.bars, provider: 'sample', simulated: series.simulated ?? true, stale: false };
    },
  };
}
