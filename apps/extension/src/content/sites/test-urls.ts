/**
 * Test-only registry of every adapter's test URLs (each adapter file exports `testUrls` beside the
 * adapter, refined-github style). Never imported by product code, so the URLs stay out of the
 * content scripts. Conventions (conventions.test.ts): every site has quote and non-quote URLs.
 */
import type { SiteId } from '../../contracts/sites.ts';
import { testUrls as ainvest } from './ainvest.ts';
import { testUrls as barrons } from './barrons.ts';
import { testUrls as benzinga } from './benzinga.ts';
import { testUrls as cnbc } from './cnbc.ts';
import { testUrls as finviz } from './finviz.ts';
import { testUrls as google } from './google.ts';
import { testUrls as investing } from './investing.ts';
import { testUrls as marketwatch } from './marketwatch.ts';
import { testUrls as morningstar } from './morningstar.ts';
import { testUrls as nasdaq } from './nasdaq.ts';
import { testUrls as seekingalpha } from './seekingalpha.ts';
import { testUrls as stockanalysis } from './stockanalysis.ts';
import { testUrls as tradingview } from './tradingview.ts';
import type { SiteTestUrl } from './types.ts';
import { testUrls as yahoo } from './yahoo.ts';
import { testUrls as zacks } from './zacks.ts';

// biome-ignore format: one registry line (the adapters' registry, index.ts, lists them in SITE_IDS order)
export const TEST_URLS: Readonly<Record<SiteId, readonly SiteTestUrl[]>> = {
  ainvest, barrons, benzinga, cnbc, finviz, google, investing, marketwatch, morningstar, nasdaq, seekingalpha, stockanalysis,
  tradingview, yahoo, zacks,
};

/** Every site's test URLs with the site id, flattened. */
export const ALL_TEST_URLS: readonly (SiteTestUrl & { site: SiteId })[] = (Object.keys(TEST_URLS) as SiteId[]).flatMap((site) =>
  TEST_URLS[site].map((t) => ({ ...t, site })),
);
