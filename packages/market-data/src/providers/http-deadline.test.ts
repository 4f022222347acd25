import { afterAll, describe, expect, it } from 'vitest';
import { isTimedOut, type MarketDataError } from '../errors.ts';
import { createTiingoProvider } from './tiingo.ts';
import { startStallingServer } from '../test/stalling-server.ts';
import { createYahooProvider } from './yahoo.ts';

/** Short limits keep the tests quick; what is asserted is the outcome, never the elapsed time. */
const deadline = (requestMs: number, remaining = Number.POSITIVE_INFINITY) => ({ requestMs, remainingMs: () => remaining });

const failure = (p: Promise<unknown>): Promise<MarketDataError> =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: MarketDataError) => e,
  );

describe('request deadline (headers and the whole body)', async () => {
  const hang = await startStallingServer('hang');
  const trickle = await startStallingServer('trickle', 10);
  afterAll(async () => {
    await hang.close();
    await trickle.close();
  });

  it('a server that accepts and never answers ends in TimedOut, not Offline', async () => {
    const yahoo = createYahooProvider({ baseUrl: hang.baseUrl, deadline: deadline(150) });
    const e = await failure(yahoo.getDailyBars({ symbol: 'IWM' }));
    expect(isTimedOut(e)).toBe(true);
    expect(e.kind).toBe('ProviderUnavailable');
    expect(e.message).toBe('yahoo: no answer for IWM within 0.15 s');
  });

  it('a body that trickles a byte at a time is cut at the deadline too', async () => {
    const tiingo = createTiingoProvider({ baseUrl: trickle.baseUrl, apiKey: 'k', deadline: deadline(200) });
    const e = await failure(tiingo.getDailyBars({ symbol: 'SPY' }));
    expect(isTimedOut(e)).toBe(true);
    expect(e.message).toBe('tiingo: no answer for SPY within 0.2 s');
  });

  it('the overall budget caps a request, and an exhausted one sends no request at all', async () => {
    const capped = await failure(createYahooProvider({ baseUrl: hang.baseUrl, deadline: deadline(60_000, 100) }).getDailyBars({ symbol: 'IWM' }));
    expect(capped.message).toBe('yahoo: no answer for IWM within 0.1 s');
    const asked: string[] = [];
    const spy = (url: string) => {
      asked.push(url);
      return Promise.reject(new TypeError('must not be called'));
    };
    const spent = await failure(createYahooProvider({ baseUrl: hang.baseUrl, fetch: spy, deadline: deadline(60_000, 0) }).getDailyBars({ symbol: 'IWM' }));
    expect(spent.message).toBe('yahoo: the deadline passed before asking for IWM');
    expect(asked).toEqual([]);
  });

  it('an injected fetch whose body ignores the signal still ends at the deadline', async () => {
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise((resolve) => setTimeout(resolve, 10)) });
    const fetch = () => Promise.resolve(new Response(endless, { status: 200 }));
    const e = await failure(createYahooProvider({ baseUrl: 'http://127.0.0.1:9', fetch, deadline: deadline(100) }).getDailyBars({ symbol: 'IWM' }));
    expect(e.message).toBe('yahoo: no answer for IWM within 0.1 s');
  });

  it("the caller's own abort stays an abort", async () => {
    const ctrl = new AbortController();
    const p = createYahooProvider({ baseUrl: hang.baseUrl, deadline: deadline(60_000) }).getDailyBars({ symbol: 'IWM', signal: ctrl.signal });
    setTimeout(() => ctrl.abort(new DOMException('stop', 'AbortError')), 20);
    const e = await failure(p);
    expect(isTimedOut(e)).toBe(false);
    expect((e as Error).name).toBe('AbortError');
  });
});
