/**
 * Test-only registry of every adapter's test URLs (each adapter file exports `testUrls` beside the
 * adapter, refined-github style). Never imported by product code, so the URLs stay out of the
 * content scripts. Conventions (conventions.test.ts): every site has quote and non-quote URLs.
 */
import type { SiteId } from '../contracts/sites.ts';
import { testUrls as ainvest } from '../content/sites/ainvest.ts';
import { testUrls as barrons } from '../content/sites/barrons.ts';
import { testUrls as benzinga } from '../content/sites/benzinga.ts';
import { testUrls as cnbc } from '../content/sites/cnbc.ts';
import { testUrls as finviz } from '../content/sites/finviz.ts';
import { testUrls as google } from '../content/sites/google.ts';
import { testUrls as investing } from '../content/sites/investing.ts';
import { testUrls as marketwatch } from '../content/sites/marketwatch.ts';
import { testUrls as morningstar } from '../content/sites/morningstar.ts';
import { testUrls as nasdaq } from '../content/sites/nasdaq.ts';
import { testUrls as seekingalpha } from '../content/sites/seekingalpha.ts';
import { testUrls as stockanalysis } from '../content/sites/stockanalysis.ts';
import { testUrls as tradingview } from '../content/sites/tradingview.ts';
import type { SiteTestUrl } from '../content/sites/types.ts';
import { testUrls as yahoo } from '../content/sites/yahoo.ts';
import { testUrls as zacks } from '../content/sites/zacks.ts';

// biome-ignore format: one registry line (the adapters' registry, index.ts, lists them in SITE_IDS order)
export const TEST_URLS: Readonly<Record<SiteId, readonly SiteTestUrl[]>> = {
  ainvest, barrons, benzinga, cnbc, finviz, google, investing, marketwatch, morningstar, nasdaq, seekingalpha, stockanalysis,
  tradingview, yahoo, zacks,
};

/** Every site's test URLs with the site id, flattened. */
export const ALL_TEST_URLS: readonly (SiteTestUrl & { site: SiteId })[] = (Object.keys(TEST_URLS) as SiteId[]).flatMap((site) =>
  TEST_URLS[site].map((t) => ({ ...t, site })),
);
