/**
 * Every error path of every keyed provider, with the key 'SECRET123': no message, detail, stack or
 * serialised field may contain it — even when the provider or the network layer echoes the URL or key.
 */
import { describe, expect, it } from 'vitest';
import { isMarketDataError } from '../errors.ts';
import type { FetchLike, Provider, ProviderOptions } from '../types.ts';
import { createAlphaVantageProvider } from './alphavantage.ts';
import { createStooqProvider } from './stooq.ts';
import { cannedFetch, type CannedAnswer, errorText, fixture, SECRET } from '../test/local-server.ts';
import { createTiingoProvider } from './tiingo.ts';
import { createTwelveDataProvider } from './twelvedata.ts';
import { createYahooProvider } from './yahoo.ts';

const FACTORIES: Record<string, (o: ProviderOptions) => Provider> = {
  yahoo: createYahooProvider,
  stooq: createStooqProvider,
  alphavantage: createAlphaVantageProvider,
  tiingo: createTiingoProvider,
  twelvedata: createTwelveDataProvider,
};

const ANSWERS: Record<string, CannedAnswer> = {
  '429': { status: 429, body: `Too Many Requests for apikey=${SECRET}`, headers: { 'retry-after': '5' } },
  '500': { status: 500, body: `upstream error ${SECRET}` },
  '404': { status: 404, body: `{"detail":"Ticker not found for token ${SECRET}"}` },
  '401': { status: 401, body: `{"detail":"Invalid token ${SECRET}."}` },
  malformed: { body: `{"token":"${SECRET}",` },
  html: { body: `<!DOCTYPE html><html><body>apikey ${SECRET} is not valid, log in</body></html>` },
  echoInfo: { body: fixture('alphavantage-info-limit.json') },
  echoTd: { body: `{"code":401,"message":"apikey ${SECRET} is incorrect","status":"error"}` },
  echoSchema: { body: `{"chart":{"result":[{"meta":{"symbol":"${SECRET}"}}],"error":null}}` },
  noData: { body: `No data for ${SECRET}` },
  limit: { body: 'Exceeded the daily hits limit' },
  emptyArray: { body: `[{"date":"${SECRET}","close":1}]` },
};

/** A fetch that fails like a network error whose message includes the full URL (key and all). */
const leakyNetwork: FetchLike = async (url) => {
  throw new TypeError(`fetch failed: ${url}`);
};

describe('no provider error ever contains the API key', () => {
  for (const [name, make] of Object.entries(FACTORIES)) {
    it(`${name}: every error path`, async () => {
      let errors = 0;
      const fetches: FetchLike[] = [...Object.values(ANSWERS).map((a) => cannedFetch(a).fetch), leakyNetwork];
      for (const fetch of fetches) {
        for (const symbol of ['SPY', '^GSPC']) {
          const p = make({ fetch, apiKey: SECRET, baseUrl: 'http://127.0.0.1:9' });
          const e = await p.getDailyBars({ symbol }).then(
            () => null,
            (x: unknown) => x,
          );
          if (e === null) continue;
          expect(isMarketDataError(e), String(e)).toBe(true);
          expect(errorText(e)).not.toContain(SECRET);
          errors++;
        }
      }
      expect(errors).toBeGreaterThanOrEqual(12);
    });
  }

  it('the network message itself is kept, minus the key', async () => {
    const p = createTiingoProvider({ fetch: leakyNetwork, apiKey: SECRET });
    const e = await p.getDailyBars({ symbol: 'SPY' }).catch((x) => x);
    expect(e.message).toContain('token=***');
  });
});
