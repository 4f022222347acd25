/**
 * Registry of site adapters: one file per SiteId (file name = id), in SITE_IDS order.
 * CONTENT_SCRIPT_MATCHES is what the manifest declares for content scripts (and host permissions).
 */
import { SITE_IDS, type SiteId } from '../../contracts/sites.ts';
import { ainvest } from './ainvest.ts';
import { barrons } from './barrons.ts';
import { benzinga } from './benzinga.ts';
import { cnbc } from './cnbc.ts';
import { finviz } from './finviz.ts';
import { google } from './google.ts';
import { investing } from './investing.ts';
import { matchesPattern } from './lib/url.ts';
import { marketwatch } from './marketwatch.ts';
import { morningstar } from './morningstar.ts';
import { nasdaq } from './nasdaq.ts';
import { seekingalpha } from './seekingalpha.ts';
import { stockanalysis } from './stockanalysis.ts';
import { tradingview } from './tradingview.ts';
import type { SiteAdapter } from './types.ts';
import { yahoo } from './yahoo.ts';
import { zacks } from './zacks.ts';

export type { PageAdapter, PageKind, PagePe, SiteAdapter, SiteTestUrl } from './types.ts';
export { findAnchor } from './lib/anchor.ts';

const BY_ID: Record<SiteId, SiteAdapter> = {
  yahoo,
  google,
  marketwatch,
  cnbc,
  nasdaq,
  finviz,
  stockanalysis,
  seekingalpha,
  ainvest,
  tradingview,
  morningstar,
  barrons,
  benzinga,
  zacks,
  investing,
};

export const ADAPTERS: readonly SiteAdapter[] = SITE_IDS.map((id) => BY_ID[id]);

export { CONTENT_SCRIPT_MATCHES } from '../../contracts/sites.ts';

const BY_HOST = new Map<string, SiteAdapter>(ADAPTERS.flatMap((a) => a.hosts.map((h) => [h, a] as const)));

/** Every host some adapter serves (a cheap pre-filter for links). */
export const SUPPORTED_HOSTS: ReadonlySet<string> = new Set(BY_HOST.keys());

/** The adapter whose match patterns cover `url`, or null (never a guess). */
export function adapterForUrl(url: URL): SiteAdapter | null {
  const adapter = BY_HOST.get(url.hostname);
  return adapter?.matches.some((p) => matchesPattern(url, p)) ? adapter : null;
}

export function adapterById(id: SiteId): SiteAdapter {
  return BY_ID[id];
}
