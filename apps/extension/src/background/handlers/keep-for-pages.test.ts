/** The worker's answers to pages land in the page kit, where the next page reads its first paint. */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readKept } from '../../content/badges/kept.ts';
import { pageSettingsOf } from '../../contracts/page-settings.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../../test/chrome-fake.ts';
import { createPageKitStore } from '../page-kit-store.ts';
import { fakeCtx, sampleBars } from '../../test/worker.ts';
import { HANDLERS } from './index.ts';

let bars: Awaited<ReturnType<typeof sampleBars>>;
let fake: ChromeFake;
beforeAll(async () => {
  bars = await sampleBars(['SPY', 'IWM', 'AAPL']);
});
beforeEach(() => {
  fake = installChromeFake();
});
afterEach(() => fake.uninstall());

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('handlers keep what pages paint first', () => {
  it('get-page-settings and get-badges answers are what the next page reads', async () => {
    const ctx = fakeCtx({ bars });
    ctx.kit = createPageKitStore(fake.local);
    const settings = await HANDLERS['get-page-settings']({ type: 'get-page-settings' }, ctx);
    const reply = await HANDLERS['get-badges']({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx, { tabId: 1, frameId: 0 });
    await settle();
    const kept = await readKept('AAPL', null, [], fake.local);
    expect(kept.settings).toEqual(pageSettingsOf(DEFAULT_SETTINGS));
    expect(kept.settings).toEqual(settings);
    expect(kept.tickers.get('AAPL')).toEqual(reply.texts?.tickers['AAPL']);
    expect(kept.rotation).toEqual(reply.texts?.rotation);
  });

  it('a symbol’s kept texts serve only a page with the P/E they were built with', async () => {
    const ctx = fakeCtx({ bars });
    ctx.kit = createPageKitStore(fake.local);
    const pagePe = { AAPL: { pe: 30, basis: 'trailing' as const } };
    const reply = await HANDLERS['get-badges']({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'], pagePe }, ctx, { tabId: 1, frameId: 0 });
    await settle();
    expect((await readKept('AAPL', 30, [], fake.local)).tickers.get('AAPL')).toEqual(reply.texts?.tickers['AAPL']);
    expect((await readKept('AAPL', null, [], fake.local)).tickers.has('AAPL')).toBe(false); // e.g. an article: its discount would differ
    expect((await readKept('AAPL', 31, [], fake.local)).tickers.has('AAPL')).toBe(false);
  });

  it('without a kit (tests, no session area) the answers are unchanged', async () => {
    const ctx = fakeCtx({ bars });
    const reply = await HANDLERS['get-badges']({ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'] }, ctx, { tabId: 1, frameId: 0 });
    expect(reply.tickers['AAPL']?.status).toBe('ok');
    expect(fake.local.data.size).toBe(0);
  });
});
