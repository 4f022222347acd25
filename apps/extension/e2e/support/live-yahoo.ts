/**
 * Yahoo's valuation endpoints as the e2e server serves them (recorded shapes, see market-data's
 * fixtures): fc.yahoo.com (the cookie host; any answer will do), getcrumb and the v7 quote with the
 * trailing and forward P/E of IWM and SPY dated now. And a copy of the built extension that holds
 * fc.yahoo.com from install: headless Chromium shows its permission prompt to nobody, so "the user
 * allowed live readings" is a build whose manifest grants the host instead of offering it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIST, type PageSource } from '@rotation-lens/e2e-harness';
import { YAHOO_COOKIE_ORIGIN } from '../../src/contracts/hosts.ts';

export interface LiveQuote {
  symbol: string;
  trailingPE: number;
  forwardPE: number;
}

/** The three answers of a live reading, for `startSession({ extraPages })`. */
export function yahooValuationPages(quotes: LiveQuote[], at = new Date()): PageSource[] {
  const regularMarketTime = Math.floor(at.getTime() / 1000);
  const result = quotes.map((q) => ({ ...q, regularMarketTime, exchangeTimezoneName: 'America/New_York' }));
  return [
    { url: 'https://fc.yahoo.com/', body: '', contentType: 'text/html' },
    { url: 'https://query1.finance.yahoo.com/v1/test/getcrumb', body: 'e2eCrumb7', contentType: 'text/plain' },
    { url: 'https://query1.finance.yahoo.com/v7/finance/quote', body: JSON.stringify({ quoteResponse: { result, error: null } }), contentType: 'application/json' },
  ];
}

/** A temporary copy of the built extension whose manifest grants fc.yahoo.com at install; `remove()` deletes it. */
export function distWithLiveReadings(): { dist: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rotation-lens-live-'));
  const dist = join(dir, 'dist');
  cpSync(EXTENSION_DIST, dist, { recursive: true });
  const file = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[]; optional_host_permissions?: string[] };
  manifest.host_permissions = [...manifest.host_permissions, YAHOO_COOKIE_ORIGIN];
  manifest.optional_host_permissions = (manifest.optional_host_permissions ?? []).filter((o) => o !== YAHOO_COOKIE_ORIGIN);
  writeFileSync(file, JSON.stringify(manifest));
  return { dist, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
