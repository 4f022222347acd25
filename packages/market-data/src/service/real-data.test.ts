import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileCache } from '../cache/file-cache.ts';
import { createCsvProvider } from '../providers/csv-provider.ts';
import { createSampleProvider } from '../sample/sample-provider.ts';
import type { BarRequest } from '../types.ts';
import { createMarketData } from './create-market-data.ts';
import { fakeClock, MINUTE } from '../test/fake-market.ts';

/** End-to-end over real pieces: the CSV provider on ../shared/data, the file cache, the sample simulator. */
const DATA = fileURLToPath(new URL('../../../../../shared/data/prices/', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir() {
  const d = await mkdtemp(join(tmpdir(), 'rl-service-'));
  dirs.push(d);
  return d;
}

describe.skipIf(!existsSync(`${DATA}SPY.csv`))('service over real CSV data (ends 2024-09-12) and a file cache', () => {
  it('full fetch, then served from disk by a new process; old data is not stale, and re-checks are throttled', async () => {
    const requests: BarRequest[] = [];
    const csv = createCsvProvider({ load: async (s) => readFile(`${DATA}${s}.csv`, 'utf8').catch(() => null) });
    const provider = {
      ...csv,
      getDailyBars: (r: BarRequest) => {
        requests.push(r);
        return csv.getDailyBars(r);
      },
    };
    const clock = fakeClock('2026-11-20T22:00:00Z');
    const dir = await tempDir();
    const options = { providers: [provider], cache: createFileCache(dir), now: clock.now, online: () => true };

    const first = await createMarketData(options).getBars('^GSPC');
    expect(first).toMatchObject({ symbol: '^GSPC', provider: 'csv', asOf: '2024-09-12', stale: false, fromCache: false });
    expect(first.bars[0]!.date).toBe('2016-11-21'); // ten years back from the last completed session

    clock.advance(5 * MINUTE);
    const again = await createMarketData({ ...options, cache: createFileCache(dir) }).getBars('^GSPC');
    expect(again).toMatchObject({ asOf: '2024-09-12', stale: false, fromCache: true });
    expect(again.bars).toEqual(first.bars);
    expect(requests).toHaveLength(1);

    await expect(createMarketData(options).getBars('NOPE')).rejects.toMatchObject({ kind: 'UnknownSymbol' });
  });
});

describe('service over the seeded sample provider', () => {
  it('serves simulated bars labelled as such, ending at the last completed session', async () => {
    const clock = fakeClock('2024-03-12T15:00:00Z'); // Tuesday 11:00 New York: Monday is the last full session
    const sample = createSampleProvider({ seed: 7, now: clock.now });
    const md = createMarketData({ providers: [sample], cache: createFileCache(await tempDir()), now: clock.now, online: () => true });
    const r = await md.getBars('IWM');
    expect(r).toMatchObject({ provider: 'sample', simulated: true, asOf: '2024-03-11', stale: false });
    expect(r.bars.length).toBeGreaterThan(2400);
    expect(await md.validateSymbol('iwm')).toEqual({ symbol: 'IWM', provider: 'sample', asOf: '2024-03-11', simulated: true });
  });
});
